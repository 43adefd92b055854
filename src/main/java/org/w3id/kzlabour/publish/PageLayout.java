package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The frame every HTML page shares ({@code src/main/jte/layout.jte}): header, navigation, licence
 * footer, the one stylesheet. Pages rendered from their own template call the layout from it; this
 * class puts markup built elsewhere into the same frame.
 */
public final class PageLayout {

    private PageLayout() {}

    /**
     * A whole page.
     *
     * @param title plain text (escaped by the template)
     * @param head  trusted markup for the head
     * @param body  trusted markup for the main element
     */
    public static String page(String lang, String title, String head, String body) {
        Map<String, Object> params = new HashMap<>();
        params.put("lang", lang);
        params.put("title", title);
        params.put("head", head.isEmpty() ? null : PageTemplates.markup(head));
        params.put("body", PageTemplates.markup(body));
        return PageTemplates.render("layout.jte", params);
    }

    /** Reads a text resource shipped under {@code web/} (or anywhere on the class path). */
    public static String read(String resource) {
        try (InputStream in = PageLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("Missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
