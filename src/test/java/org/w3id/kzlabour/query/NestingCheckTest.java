package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NestingCheckTest {

    @Test
    void bracketsInStringsIriAndCommentsDoNotCount() {
        String query = "SELECT * WHERE { ?s ?p \"" + "{".repeat(500) + "\" . ?s <http://x.test/a/b/c|d> ?o } # " + "(".repeat(500);
        assertDoesNotThrow(() -> NestingCheck.check(query));
    }

    @Test
    void lessThanIsNotAnIri() {
        String query = "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }";
        assertDoesNotThrow(() -> NestingCheck.check(query));
    }

    @Test
    void deepBracketsAreRejected() {
        assertThrows(QueryRejectedException.class, () -> NestingCheck.check("ASK " + "{".repeat(NestingCheck.MAX_DEPTH + 1)));
        assertDoesNotThrow(() -> NestingCheck.check("ASK " + "{".repeat(NestingCheck.MAX_DEPTH)));
    }

    @Test
    void longChainsAreRejected() {
        assertThrows(QueryRejectedException.class, () -> NestingCheck.check("ASK { " + "{} UNION ".repeat(NestingCheck.MAX_CHAIN + 1) + "{} }"));
        assertDoesNotThrow(() -> NestingCheck.check("ASK { ?s ?p ?o . ?union ?reunion ?o . ?s <urn:UNION> ?o }"));
    }

    @Test
    void longStringsAreSkipped() {
        assertDoesNotThrow(() -> NestingCheck.check("ASK { ?s ?p \"\"\"" + "{(||)}".repeat(5000) + "\"\"\" }"));
    }
}
