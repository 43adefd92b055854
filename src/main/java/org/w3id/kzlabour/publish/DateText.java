package org.w3id.kzlabour.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Writes a date at the precision the data gives it: the graph stores a month or a year as its
 * first day ({@code 2014-06-01}) with {@code kzl:datePrecision time:unitMonth}, which must read
 * "June 2014", not "1 June 2014" (a precision a source never claimed).
 */
public final class DateText {

    public static final String UNIT_DAY = Prefixes.TIME + "unitDay";
    public static final String UNIT_MONTH = Prefixes.TIME + "unitMonth";
    public static final String UNIT_YEAR = Prefixes.TIME + "unitYear";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH);

    private DateText() {}

    /**
     * @param lexical   the xsd:date lexical form
     * @param precision the precision unit IRI, or null for a full date
     */
    public static String format(String lexical, String precision) {
        LocalDate date;
        try {
            date = LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException ex) {
            return lexical;
        }
        if (UNIT_YEAR.equals(precision))
            return date.format(YEAR);
        if (UNIT_MONTH.equals(precision))
            return date.format(MONTH);
        return date.format(DAY);
    }
}
