package org.w3id.kzlabour.publish;

/**
 * Escaping for server-rendered HTML. Every piece of data or request text that goes into a page
 * passes through here; nothing is ever written into a page unescaped.
 */
public final class HtmlText {

    private HtmlText() {}

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null)
            return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t')
                        out.append(' ');
                    else
                        out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** An anchor element with escaped target and text. */
    public static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** Makes JSON safe inside a {@code <script>} element: no {@code </script>}, no HTML comment openers. */
    public static String scriptSafe(String json) {
        // These characters occur in JSON only inside strings, where a unicode escape means the same character.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                   .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
