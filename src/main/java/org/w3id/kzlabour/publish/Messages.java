package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import com.ibm.icu.text.MessageFormat;

/**
 * The site's page chrome (navigation, headings, table heads, buttons, sentences around the data) in
 * English, Russian and Kazakh, from the message bundles {@code messages.properties} (English, the
 * base), {@code messages_ru.properties} and {@code messages_kk.properties} beside this class. Templates
 * call {@code Messages.text(lang, "key")}; arguments are formatted by {@link MessageFormat} in the
 * page's locale, so numbers read "1 234" in Russian and "1,234" in English.
 *
 * <p>The formatter is ICU4J's {@link MessageFormat} (ICU4J is already on the class path for search),
 * not the JDK's: its {@code {0,plural,one{...} few{...} many{...} other{...}}} knows the CLDR plural
 * rules, and Russian needs three forms where English needs two (1 событие, 3 события, 5 событий),
 * which the JDK's ChoiceFormat cannot express. Apostrophes work as in the JDK ({@code ''} is one).
 *
 * <p>Why bundles and not strings in templates: a translator edits one file per language, and a test
 * can list every key a language lacks. A key missing from the Russian or Kazakh bundle falls back to
 * English, so a page never shows a raw key to a reader; the bundle test fails on it instead.
 */
public final class Messages {

    static final String BUNDLE = "org.w3id.kzlabour.publish.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The text of {@code key} in {@code lang} (en, ru or kk), with {@code args} filled in. */
    public static String text(String lang, String key, Object... args) {
        ResourceBundle bundle = bundle(lang);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException ex) {
            throw new IllegalArgumentException("No message " + key + " in the site's bundles", ex);
        }
        return new MessageFormat(pattern, locale(lang)).format(args);
    }

    /** The keys of the English bundle: every key a page may use. */
    public static Set<String> keys() {
        return bundle("en").keySet();
    }

    /**
     * The keys {@code lang}'s own bundle file defines, without those it would inherit from English:
     * what a translation lacks is {@code keys()} minus these.
     */
    public static Set<String> ownKeys(String lang) {
        String file = BUNDLE.replace('.', '/') + ("en".equals(lang) ? "" : "_" + lang) + ".properties";
        Properties own = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null)
                return Set.of();
            own.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the message bundle " + file, ex);
        }
        return own.stringPropertyNames();
    }

    static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(BUNDLE, locale(lang), Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    static Locale locale(String lang) {
        return Locale.forLanguageTag(lang == null ? "en" : lang);
    }
}
