package org.w3id.kzlabour.publish;

/**
 * JSON text made safe inside an HTML {@code <script>} element (a JSON-LD island, a page's
 * configuration). {@code <}, {@code >} and {@code &} occur in JSON text only inside strings, where
 * the unicode escape means the same character, so the JSON parses to the same value while no
 * {@code </script>}, {@code <!--} or character reference can appear; U+2028 and U+2029 are escaped
 * for older JavaScript parsers. A JTE template writes it with {@code $unsafe{...}} (see
 * {@link PageTemplates} for why the engine's own script escaping does not fit JSON).
 */
public record ScriptJson(String text) {

    /** Makes serialised JSON script-safe. */
    public static ScriptJson of(String json) {
        return new ScriptJson(json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
    }

    @Override
    public String toString() {
        return text;
    }
}
