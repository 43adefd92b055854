package org.w3id.kzlabour.export;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Values in QuickStatements v1 syntax (as its parser reads them): items {@code Q123}, strings in
 * double quotes, monolingual text {@code en:"…"}, times {@code +2023-12-11T00:00:00Z/11} and plain
 * quantities {@code 500}. Text that the format cannot carry (a tab or line break, which split a
 * command; {@code /*}, which starts an edit summary) is refused, not mangled.
 */
final class QsValue {

    private static final Pattern DATE = Pattern.compile("(-?\\d{4,})-(\\d\\d)-(\\d\\d)");

    private QsValue() {}

    static String item(String qid) {
        return qid;
    }

    static String string(String text) {
        return "\"" + checked(text) + "\"";
    }

    static String monolingual(String lang, String text) {
        if (!lang.matches("[a-z]{2,3}(-[a-z0-9]+)*"))
            throw new IllegalArgumentException("language tag not usable on Wikidata: " + lang);
        return lang + ":" + string(text);
    }

    /**
     * An xsd:date at a Wikidata precision (11 day, 10 month, 9 year); the parts finer than the
     * precision are written as 00, as Wikidata stores them.
     */
    static String time(String xsdDate, int precision) {
        var m = DATE.matcher(xsdDate);
        if (!m.matches())
            throw new IllegalArgumentException("not an xsd:date: " + xsdDate);
        if (precision < 9 || precision > 11)
            throw new IllegalArgumentException("precision must be 9, 10 or 11: " + precision);
        String year = m.group(1);
        String month = precision >= 10 ? m.group(2) : "00";
        String day = precision == 11 ? m.group(3) : "00";
        String sign = year.startsWith("-") ? "" : "+";
        return sign + year + "-" + month + "-" + day + "T00:00:00Z/" + precision;
    }

    /** A quantity without bounds: the source's figure, its uncertainty unstated (not ±0). */
    static String quantity(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static String checked(String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.contains("/*"))
            throw new IllegalArgumentException("text QuickStatements cannot carry (tab, line break or /*): " + text);
        return text.strip();
    }
}
