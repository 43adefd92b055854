package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates at each precision, numbers, plurals and links in English, Russian and Kazakh. */
class LanguageFormatsTest {

    private static final String DAY = DateText.UNIT_DAY, MONTH = DateText.UNIT_MONTH, YEAR = DateText.UNIT_YEAR;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 11 December 2023 | June 2014 | 2020",
        "ru | 11 декабря 2023 | июнь 2014 | 2020 год",
        "kk | 2023 жылғы 11 желтоқсан | 2014 жылғы маусым | 2020 жыл",
    })
    void datesAtTheirPrecisionInEachLanguage(String lang, String day, String month, String year) {
        assertEquals(day, DateText.format("2023-12-11", DAY, lang));
        assertEquals(day, DateText.format("2023-12-11", null, lang), "no precision: a full date");
        assertEquals(month, DateText.format("2014-06-01", MONTH, lang));
        assertEquals(year, DateText.format("2020-01-01", YEAR, lang));
        assertEquals("not-a-date", DateText.format("not-a-date", DAY, lang));
    }

    @Test
    void russianMonthsAreGenitiveAfterADayAndNominativeAlone() {
        assertEquals("1 мая 2021", DateText.format("2021-05-01", DAY, "ru"));
        assertEquals("май 2021", DateText.format("2021-05-01", MONTH, "ru"));
        assertEquals("2 декабря 2026", DateText.day(LocalDate.of(2026, 12, 2), "ru"));
        assertEquals("2026 жылғы 2 желтоқсан", DateText.day(LocalDate.of(2026, 12, 2), "kk"));
        assertEquals("2 December 2026", ReleasesServlet.longDate(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void numbersWithEachLanguagesGrouping() {
        assertEquals("12,345", PageLanguage.implicit("en").number(12_345));
        // CLDR groups Russian and Kazakh digits with a no-break space.
        assertEquals("12\u00a0345", PageLanguage.implicit("ru").number(12_345));
        assertEquals("12\u00a0345", PageLanguage.implicit("kk").number(12_345));
        assertEquals("999", PageLanguage.implicit("ru").number(999));
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertEquals("Evidence (1 claim)", Messages.text("en", "evidence.heading", 1));
        assertEquals("Evidence (2 claims)", Messages.text("en", "evidence.heading", 2));
        assertEquals("Свидетельства (1 утверждение)", Messages.text("ru", "evidence.heading", 1));
        assertEquals("Свидетельства (3 утверждения)", Messages.text("ru", "evidence.heading", 3));
        assertEquals("Свидетельства (5 утверждений)", Messages.text("ru", "evidence.heading", 5));
        assertEquals("Свидетельства (21 утверждение)", Messages.text("ru", "evidence.heading", 21));
        assertEquals("события", Messages.text("ru", "landing.count.events", 54));
        assertEquals("событий", Messages.text("ru", "landing.count.events", 55));
        assertEquals("Дәлелдер (6 мәлімдеме)", Messages.text("kk", "evidence.heading", 6));
    }

    @Test
    void linksKeepAChosenLanguageAndOnlyThen() {
        PageLanguage chosen = new PageLanguage("kk", true, "/search", "q=x&lang=kk");
        assertEquals("/ontology?lang=kk", chosen.href("/ontology"));
        assertEquals("/ontology?lang=kk#Strike", chosen.href("/ontology#Strike"));
        assertEquals("/query?example=a&lang=kk", chosen.href("/query?example=a"));
        assertEquals("https://www.wikidata.org/wiki/Q232", chosen.href("https://www.wikidata.org/wiki/Q232"), "external links unchanged");
        assertEquals("/search?q=x&lang=ru", chosen.choices().get(1).href(), "the switch keeps the page's query");
        PageLanguage fromHeader = new PageLanguage("kk", false, "/ontology", null);
        assertEquals("/ontology", fromHeader.href("/ontology"), "the header keeps choosing: plain links");
        assertEquals("/ontology?lang=en", fromHeader.choices().get(0).href());
    }

    @Test
    void markupEscapesItsArguments() {
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        PageLanguage.implicit("en").markup("notice.newer", "<script>\"", "1.0.0").writeTo(out);
        assertFalse(out.toString().contains("<script>"), out.toString());
        assertEquals(true, out.toString().contains("<b>&lt;script&gt;&#34;</b>"), out.toString());
    }
}
