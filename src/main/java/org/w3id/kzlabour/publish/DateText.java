package org.w3id.kzlabour.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a date at the precision the data gives it: the graph stores a month or a year as its
 * first day ({@code 2014-06-01}) with {@code kzl:datePrecision time:unitMonth}, which must read
 * "June 2014", not "1 June 2014" (a precision a source never claimed).
 *
 * <p>Each page language writes dates its own way: English "11 December 2023", "June 2014", "2014";
 * Russian "11 декабря 2023" (the month in the genitive after a day), "июнь 2014" (the nominative
 * when it stands alone), "2014 год"; Kazakh "2023 жылғы 11 желтоқсан", "2014 жылғы маусым",
 * "2014 жыл" (the year first, as Kazakh writes it). Month names are the JDK's CLDR data.
 */
public final class DateText {

    public static final String UNIT_DAY = Prefixes.TIME + "unitDay";
    public static final String UNIT_MONTH = Prefixes.TIME + "unitMonth";
    public static final String UNIT_YEAR = Prefixes.TIME + "unitYear";

    /** Day, month and year patterns per language. */
    private record Patterns(DateTimeFormatter day, DateTimeFormatter month, DateTimeFormatter year) {
        static Patterns of(String day, String month, String year, Locale locale) {
            return new Patterns(DateTimeFormatter.ofPattern(day, locale), DateTimeFormatter.ofPattern(month, locale),
                                DateTimeFormatter.ofPattern(year, locale));
        }
    }

    private static final Map<String, Patterns> PATTERNS = Map.of(
            "en", Patterns.of("d MMMM uuuu", "MMMM uuuu", "uuuu", Locale.ENGLISH),
            "ru", Patterns.of("d MMMM uuuu", "LLLL uuuu", "uuuu 'год'", Locale.forLanguageTag("ru")),
            "kk", Patterns.of("uuuu 'жылғы' d MMMM", "uuuu 'жылғы' MMMM", "uuuu 'жыл'", Locale.forLanguageTag("kk")));

    private DateText() {}

    /** The date in English (see {@link #format(String, String, String)}). */
    public static String format(String lexical, String precision) {
        return format(lexical, precision, "en");
    }

    /** A {@link LocalDate} to the day, in the language (en, ru or kk): "2 December 2026", "2 декабря 2026". Empty for null. */
    public static String day(LocalDate date, String lang) {
        return date == null ? "" : date.format(patterns(lang).day());
    }

    /**
     * @param lexical   the xsd:date lexical form
     * @param precision the precision unit IRI, or null for a full date
     * @param lang      en, ru or kk (anything else is English)
     */
    public static String format(String lexical, String precision, String lang) {
        LocalDate date;
        try {
            date = LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException ex) {
            return lexical;
        }
        Patterns patterns = patterns(lang);
        if (UNIT_YEAR.equals(precision))
            return date.format(patterns.year());
        if (UNIT_MONTH.equals(precision))
            return date.format(patterns.month());
        return date.format(patterns.day());
    }

    private static Patterns patterns(String lang) {
        return PATTERNS.getOrDefault(lang == null ? "en" : lang, PATTERNS.get("en"));
    }
}
