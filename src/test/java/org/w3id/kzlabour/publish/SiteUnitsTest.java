package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.NotAcceptableException;

/** The small parts of the site, without a server. */
class SiteUnitsTest {

    @Test
    void resourcePathsAreStrict() {
        assertEquals("/id/event/wos-strike-2023", ResourcePath.validate("/id/event/wos-strike-2023"));
        assertThrows(MalformedPathException.class, () -> ResourcePath.validate("/id/event/../x"));
        assertThrows(MalformedPathException.class, () -> ResourcePath.validate("/id/event/a%2Fb"));
        assertThrows(MalformedPathException.class, () -> ResourcePath.validate("/id/event/%2e%2e"));
        assertThrows(MalformedPathException.class, () -> ResourcePath.validate("/id/event/a\u0001"));
        assertThrows(MalformedPathException.class, () -> ResourcePath.validate("/id/" + "a".repeat(100_000)));
        assertThrows(UnknownResourceException.class, () -> ResourcePath.validate("/id/event/%3Cscript%3E"));
        assertThrows(UnknownResourceException.class, () -> ResourcePath.validate("/id/event/<script>"));
        assertThrows(UnknownResourceException.class, () -> ResourcePath.validate("/id/"));
    }

    @Test
    void negotiation() {
        List<DocumentFormat> offers = DocumentFormat.WITH_HTML;
        assertEquals(DocumentFormat.TURTLE, DocumentNegotiation.choose(offers, null, null));
        assertEquals(DocumentFormat.HTML, DocumentNegotiation.choose(offers, null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(DocumentFormat.NTRIPLES, DocumentNegotiation.choose(offers, null, // tie at 0.9: the server's order
                "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,application/n-triples;q=0.9,text/turtle;q=0.6,text/html;q=0.2"));
        assertEquals(DocumentFormat.RDFXML, DocumentNegotiation.choose(offers, null, "application/rdf+xml, text/turtle;q=0.8"));
        assertEquals(DocumentFormat.NTRIPLES, DocumentNegotiation.choose(offers, "nt", "text/html"));
        assertThrows(NotAcceptableException.class, () -> DocumentNegotiation.choose(offers, null, "image/png"));
        assertThrows(NotAcceptableException.class, () -> DocumentNegotiation.choose(offers, null, "text/turtle;q=0"));
        assertThrows(NotAcceptableException.class, () -> DocumentNegotiation.choose(DocumentFormat.RDF_ONLY, "html", null));
    }

    @Test
    void datesAtTheirPrecision() {
        assertEquals("11 December 2023", DateText.format("2023-12-11", DateText.UNIT_DAY));
        assertEquals("June 2014", DateText.format("2014-06-01", DateText.UNIT_MONTH));
        assertEquals("2020", DateText.format("2020-01-01", DateText.UNIT_YEAR));
        assertEquals("5 March 2021", DateText.format("2021-03-05", null));
        assertEquals("not-a-date", DateText.format("not-a-date", DateText.UNIT_DAY));
    }

    @Test
    void escaping() {
        assertEquals("{\"a\":\"\\u003c/script\\u003e \\u0026\"}", ScriptJson.of("{\"a\":\"</script> &\"}").text());
    }

    @Test
    void languages() {
        assertEquals("ru", Language.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8"));
        assertEquals("kk", Language.fromAcceptLanguage("de, kk;q=0.5"));
        assertEquals("en", Language.fromAcceptLanguage("de-DE"));
        assertEquals("en", Language.choose(null, null));
    }

    @Test
    void baseMapsIrisToLocalPaths() {
        PublicBase base = PublicBase.standard();
        assertEquals("/id/event/x", base.localPath("https://w3id.org/kz-labour/id/event/x"));
        assertEquals("/ontology#Strike", base.localPath("https://w3id.org/kz-labour/ontology#Strike"));
        assertEquals("/ontology", base.localPath("https://w3id.org/kz-labour/ontology"));
        assertNull(base.localPath("http://www.wikidata.org/entity/Q1"));
    }

    @Test
    void exampleHeader() {
        ExampleQueries.Example example = ExampleQueries.parse("01-x", "# Title: Strikes\n# More words.\nSELECT * {}\n");
        assertEquals("Strikes", example.title());
        assertEquals("More words.", example.description());
    }
}
