package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The frame every HTML page shares ({@code web/layout.html}): header, navigation, licence footer,
 * the one stylesheet. The template is split once at start-up into text and named slots, and a page
 * is assembled by concatenation, so page content can never be taken for a slot.
 */
public final class PageLayout {

    private static final PageLayout INSTANCE = new PageLayout(read("web/layout.html"));

    private final List<String> parts = new ArrayList<>();

    private PageLayout(String template) {
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0)
                break;
            int close = template.indexOf("}}", open);
            parts.add(template.substring(at, open));
            parts.add("{{" + template.substring(open + 2, close));
            at = close + 2;
        }
        parts.add(template.substring(at));
    }

    /**
     * A whole page.
     *
     * @param title plain text (escaped here)
     * @param head  trusted markup for the head (already escaped by the caller)
     * @param body  trusted markup for the main element (already escaped by the caller)
     */
    public static String page(String lang, String title, String head, String body) {
        Map<String, String> slots = Map.of("lang", HtmlText.escape(lang), "title", HtmlText.escape(title), "head", head, "body", body);
        StringBuilder out = new StringBuilder(body.length() + 2048);
        for (String part : INSTANCE.parts)
            out.append(part.startsWith("{{") ? slots.getOrDefault(part.substring(2), "") : part);
        return out.toString();
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
