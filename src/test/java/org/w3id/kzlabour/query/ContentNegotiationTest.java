package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "                                                      | JSON",
        "*/*                                                   | JSON",
        "application/sparql-results+xml                        | XML",
        "text/csv;q=0.5, text/tab-separated-values             | TSV",
        "text/*                                                | CSV",
        "application/sparql-results+json;q=0.1, text/csv;q=0.9 | CSV",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | XML",
        "application/json                                      | JSON",
        "text/csv;q=0, */*;q=0.1                               | JSON",
        "text/csv;charset=utf-8;q=0.1, application/sparql-results+json;q=0.5 | JSON",
        "TEXT/CSV                                              | CSV",
        "text/csv;Q=0.1, application/sparql-results+json;q=0.5 | JSON",
        "text/csv;q=.5, text/tab-separated-values;q=1.000      | TSV",
        "'text/csv;a=\"x,text/tab-separated-values\";q=0.9, application/sparql-results+xml;q=0.8' | CSV",
        "application/sparql-results+json;q=0, */*              | XML",
        "text/*;q=0.2, text/csv;q=0.1, text/tab-separated-values;q=0.3 | TSV",
        ";                                                     | JSON",
        "text/csv; q = 0.5                                     | JSON"
    })
    void rows(String accept, ResultFormat expected) {
        assertEquals(expected, ContentNegotiation.choose(ResultFormat.Kind.ROWS, null, accept));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "                                         | TURTLE",
        "application/n-triples                    | NTRIPLES",
        "application/ld+json                      | JSONLD",
        "application/rdf+xml                      | RDFXML",
        "application/sparql-results+json, */*;q=0.1 | TURTLE"
    })
    void graphs(String accept, ResultFormat expected) {
        assertEquals(expected, ContentNegotiation.choose(ResultFormat.Kind.GRAPH, null, accept));
    }

    @Test
    void formatParameterWins() {
        assertEquals(ResultFormat.CSV, ContentNegotiation.choose(ResultFormat.Kind.ROWS, "csv", "application/sparql-results+json"));
        assertEquals(ResultFormat.NTRIPLES, ContentNegotiation.choose(ResultFormat.Kind.GRAPH, "nt", null));
        assertEquals(ResultFormat.JSONLD, ContentNegotiation.choose(ResultFormat.Kind.GRAPH, "json", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ROWS  | image/png                                        | JSON",
        "ROWS  | text/csv;q=0                                     | JSON",
        "ROWS  | text/turtle, application/ld+json;q=0.5           | JSON",
        "GRAPH | application/sparql-results+json                  | TURTLE",
        "GRAPH | application/sparql-results+xml, text/csv;q=0.5   | TURTLE",
        "GRAPH | text/csv                                         | TURTLE"
    })
    void unmatchedAcceptGetsTheKindsDefault(ResultFormat.Kind kind, String accept, ResultFormat expected) {
        assertEquals(expected, ContentNegotiation.choose(kind, null, accept));
    }

    @Test
    void formatParameterWrongForTheKindIsRefused() {
        assertThrows(NotAcceptableException.class, () -> ContentNegotiation.choose(ResultFormat.Kind.GRAPH, "csv", null));
        assertThrows(NotAcceptableException.class, () -> ContentNegotiation.choose(ResultFormat.Kind.ROWS, "png", null));
    }
}
