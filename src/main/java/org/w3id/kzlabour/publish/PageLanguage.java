package org.w3id.kzlabour.publish;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of one HTML page and how the page keeps it: its code (en, ru, kk), whether the
 * reader chose it with {@code ?lang=} (explicit) or the browser's Accept-Language chose it, and the
 * page's own path and query, from which the language switch links to the same page in the others.
 *
 * <p>Why the choice travels in the URL and not in a cookie: a linked-data site is read through
 * shared caches and by people who send links to each other. With {@code ?lang=ru} a Russian page
 * has its own URL, which a cache stores as it stores any other page and which shows the same page
 * to whoever opens the link; a cookie would make one URL answer in three languages, which a cache
 * can only handle with {@code Vary: Cookie} (in practice: not cached at all) and which a shared link
 * would not carry. So once the reader has chosen, every internal link the site writes carries the
 * same {@code lang} ({@link #href}); a page whose language came from the Accept-Language header
 * writes plain links (the header keeps choosing) and says {@code Vary: Accept-Language}, so that a
 * cache keeps one copy per language of the same URL ({@link #vary}). Machine formats (Turtle,
 * JSON) never depend on it.
 *
 * <p>Templates read their chrome through {@link #text}, dates through {@link #date} and numbers
 * through {@link #number}, so a page in one language never mixes in another's formats.
 */
public record PageLanguage(String code, boolean explicit, String path, String query) {

    /** The languages of the switch, in its order, with their names in their own language. */
    public static final Map<String, String> NAMES = Map.of("en", "English", "ru", "Русский", "kk", "Қазақша");

    /** A language of the switch: code, own name, whether it is the page's, and the same page in it. */
    public record Choice(String code, String name, boolean current, String href) {}

    /**
     * The page's language from {@code ?lang=} (which wins; an unsupported value is a 400), else
     * Accept-Language, else English.
     */
    public static PageLanguage of(HttpServletRequest request, Map<String, List<String>> params) {
        List<String> values = params.get("lang");
        String param = values == null || values.isEmpty() ? null : values.get(0);
        String code = Language.choose(param, request.getHeader("Accept-Language"));
        return new PageLanguage(code, param != null, request.getRequestURI(), request.getQueryString());
    }

    /** A language not chosen by the reader, for a page that does not know its own address: the switch links to {@code ?lang=X} of the same path. */
    public static PageLanguage implicit(String code) {
        return new PageLanguage(code == null ? "en" : code, false, "", null);
    }

    /** The page's chrome text for {@code key}, arguments formatted in this language. */
    public String text(String key, Object... args) {
        return Messages.text(code, key, args);
    }

    /**
     * A sentence with markup of its own ({@code <b>}, {@code <code>}, {@code <a href="{1}">}), for
     * a template to write as is: the pattern comes from our bundles, so its tags are trusted; every
     * argument is HTML-escaped (for element text and quoted attributes alike) before it is filled in.
     */
    public gg.jte.Content markup(String key, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++)
            escaped[i] = args[i] instanceof Number ? args[i] : escape(String.valueOf(args[i]));
        String html = Messages.text(code, key, escaped);
        return output -> output.writeContent(html);
    }

    /** JTE's own escaping: element text first (&amp;, &lt;, &gt;), then quotes for attributes. */
    private static String escape(String text) {
        gg.jte.output.StringOutput content = new gg.jte.output.StringOutput();
        gg.jte.html.escape.Escape.htmlContent(text, content);
        return content.toString().replace("\"", "&#34;").replace("'", "&#39;");
    }

    /** A date (xsd:date lexical form) at its precision (a time: unit IRI, or null for a day), in this language. */
    public String date(String lexical, String precision) {
        return DateText.format(lexical, precision, code);
    }

    /** A day (release dates), "2 December 2026" / "2 декабря 2026" / "2026 жылғы 2 желтоқсан"; empty for null. */
    public String day(java.time.LocalDate date) {
        return DateText.day(date, code);
    }

    /** A whole number with this language's digit grouping: 12,345 / 12 345. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(Messages.locale(code)).format(value);
    }

    /**
     * An internal link that keeps the reader's choice: {@code path} with {@code lang=} added when the
     * language was chosen with {@code ?lang=}, unchanged otherwise (and for external links).
     */
    public String href(String path) {
        if (!explicit || path == null || !path.startsWith("/") || path.startsWith("//"))
            return path;
        int hash = path.indexOf('#');
        String fragment = hash >= 0 ? path.substring(hash) : "";
        String before = hash >= 0 ? path.substring(0, hash) : path;
        if (before.contains("?lang=") || before.contains("&lang="))
            return path;
        return before + (before.contains("?") ? "&" : "?") + "lang=" + code + fragment;
    }

    /** The switch: every language, the current one marked, each linking to this page in that language. */
    public List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        for (String other : Language.SUPPORTED)
            out.add(new Choice(other, NAMES.get(other), other.equals(code), switchHref(other)));
        return out;
    }

    private String switchHref(String other) {
        StringBuilder kept = new StringBuilder();
        if (query != null)
            for (String pair : query.split("&"))
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
                    kept.append(pair).append('&');
        return (path == null ? "" : path) + "?" + kept + "lang=" + other;
    }

    /**
     * Sets {@code Vary}: the given request headers the answer depends on, plus Accept-Language when
     * the page's language came from that header rather than from the URL.
     */
    public void vary(HttpServletResponse response, String others) {
        String language = explicit ? "" : "Accept-Language";
        String value = others == null || others.isEmpty() ? language : language.isEmpty() ? others : others + ", " + language;
        if (!value.isEmpty())
            response.setHeader("Vary", value);
    }
}
