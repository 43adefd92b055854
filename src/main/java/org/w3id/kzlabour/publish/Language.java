package org.w3id.kzlabour.publish;

import java.util.List;
import java.util.Locale;

/**
 * The language a page is shown in: English, Russian or Kazakh, from {@code ?lang=} or else the
 * browser's Accept-Language, falling back to English (the language every label exists in).
 */
public final class Language {

    public static final List<String> SUPPORTED = List.of("en", "ru", "kk");

    private Language() {}

    /**
     * The chosen language code; an unsupported {@code ?lang=} value is a 400.
     *
     * @param param          the {@code lang} parameter, or null
     * @param acceptLanguage the Accept-Language header, or null
     */
    public static String choose(String param, String acceptLanguage) {
        if (param != null) {
            String code = param.strip().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(code))
                throw new org.w3id.kzlabour.server.HttpError(400, "Unsupported lang parameter; one of: en, ru, kk");
            return code;
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank())
            return "en";
        String best = "en";
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try { q = Double.parseDouble(p.substring(2)); } catch (NumberFormatException ex) { q = 0; }
                }
            }
            if (SUPPORTED.contains(primary) && q > bestQ && q > 0) {
                best = primary;
                bestQ = q;
            }
        }
        return best;
    }
}
