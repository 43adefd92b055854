package org.w3id.kzlabour.publish;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the site's HTML pages from the JTE templates in {@code src/main/jte}, one template per page
 * plus {@code layout.jte}, the frame they share. Each page passes one typed model (a record).
 *
 * <p>Why JTE: its {@link ContentType#Html} mode parses the template's markup and escapes every
 * {@code ${...}} for the context it appears in (element text, a quoted attribute, a {@code <script>}
 * or {@code <style>} block), so no page code escapes anything by hand; its default HTML policy
 * refuses at build time a value in an unquoted attribute or a tag name. Templates are plain
 * HTML with Java expressions, typed against the model records, and the jte-maven-plugin compiles
 * them to Java at build time: a template error is a compile error, rendering is a plain method call
 * (no reflection, no expression language), and the shaded jar carries only the 52 KB runtime, no
 * compiler. Pebble and Thymeleaf do not choose the escaping from the value's place in the markup
 * (Pebble has one strategy per block or filter, Thymeleaf one per attribute plus a separate
 * JavaScript inlining mode), resolve model values by reflection at run time, and report a misspelt
 * property only when the page is requested. The OWASP encoder is not on our class path; JTE
 * carries its own port of its rules.
 *
 * <p>The one value written unescaped is JSON already made safe for a {@code <script>} element
 * ({@link ScriptJson}): JTE's script context escapes for a JavaScript string literal, which is not
 * valid JSON (it writes {@code \'}), so JSON islands are serialised by a JSON writer and then made
 * script-safe by the same rules JSON itself allows.
 */
public final class PageTemplates {

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, PageTemplates.class.getClassLoader(), "org.w3id.kzlabour.publish.templates");

    private PageTemplates() {}

    /**
     * A page rendered from {@code template} (its file name under {@code src/main/jte}, for example
     * {@code "releases.jte"}) with its one model.
     */
    public static String render(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, model, out);
        return out.toString();
    }

    /** A page rendered from {@code template} with its parameters by name. */
    public static String render(String template, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
