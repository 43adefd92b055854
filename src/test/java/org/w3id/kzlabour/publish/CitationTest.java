package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

/** Citation formats for sources at month and year precision and for text BibTeX treats as markup. */
class CitationTest {

    static final Release RELEASE = new Release("0.2.0", LocalDate.parse("2026-12-02"), "0.1.0", LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"));
    static final Citation.Source MONTH = new Citation.Source("https://w3id.org/kz-labour/id/source/diplomat-2021-12-zhanaozen-legacy",
            "Workers’ Rights Denied in Kazakhstan: Zhanaozen’s Legacy", "The Diplomat", "The Debate | Opinion | Central Asia", "2021-12-01", DateText.UNIT_MONTH);
    static final Citation.Source YEAR = new Citation.Source("https://w3id.org/kz-labour/id/source/report-2020",
            "50% of {unions} & #strikes_2020 ~ \\report", null, null, "2020-01-01", DateText.UNIT_YEAR);

    static Citation citation() {
        return new Citation(RELEASE, PublicBase.DEFAULT, LocalDate.parse("2026-12-03"),
                new Citation.Entity("https://w3id.org/kz-labour/id/event/zhanaozen-shooting-2011", "Zhanaozen shooting"), List.of(MONTH, YEAR));
    }

    @Test
    void datesKeepTheirPrecisionInEveryFormat() throws Exception {
        Citation c = citation();
        assertTrue(c.text().contains("The Diplomat (December 2021). Workers’ Rights Denied in Kazakhstan: Zhanaozen’s Legacy. The Debate | Opinion | Central Asia."), c.text());
        assertTrue(c.text().contains("Unknown publisher (2020). 50% of"), c.text());
        assertTrue(c.ris().contains("DA  - 2021/12//\r\n") && c.ris().contains("DA  - 2020///\r\n"), c.ris());
        JsonNode items = new ObjectMapper().readTree(c.cslJson());
        assertEquals("[[2021,12]]", items.get(1).get("issued").get("date-parts").toString());
        assertEquals("[[2020]]", items.get(2).get("issued").get("date-parts").toString());
        assertEquals("[[2026,12,3]]", items.get(0).get("accessed").get("date-parts").toString());
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.draft7("citation/csl-data.json"), items));
        BibTeXParser parser = new BibTeXParser();
        var entries = parser.parseFully(new StringReader(c.bibtex())).getEntries();
        assertTrue(parser.getExceptions().isEmpty(), c.bibtex());
        BibTeXEntry month = entries.get(new Key("source-diplomat-2021-12-zhanaozen-legacy"));
        assertEquals("12", month.getField(new Key("month")).toUserString());
        assertEquals(null, month.getField(new Key("day")), "no day the source does not give");
        BibTeXEntry year = entries.get(new Key("source-report-2020"));
        assertEquals(null, year.getField(new Key("month")));
    }

    @Test
    void bibtexSpecialCharactersAreEscaped() throws Exception {
        String bib = citation().bibtex();
        assertTrue(bib.contains("{50\\% of \\{unions\\} \\& \\#strikes\\_2020 \\textasciitilde{} \\textbackslash{}report}"), bib);
        BibTeXParser parser = new BibTeXParser();
        parser.parseFully(new StringReader(bib));
        assertTrue(parser.getExceptions().isEmpty());
        assertFalse(citation().ris().contains("\n\n"), "no empty RIS lines");
    }
}
