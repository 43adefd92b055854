package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.store.ShippedGraph;

/** The engine over the shipped graph: which entity comes first, and how it matched. */
class SearchIndexTest {

    static final String ID = "https://w3id.org/kz-labour/id/";
    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.inMemory(ShippedGraph.load(), false);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchHit first(String q) {
        List<SearchHit> hits = index.search(q, Set.of(), 5);
        assertFalse(hits.isEmpty(), "no hit for " + q);
        return hits.get(0);
    }

    @Test
    void exactLabelInAnyLanguageAndCase() {
        SearchHit hit = first("Zhanaozen");
        assertEquals(ID + "place/zhanaozen", hit.iri());
        assertEquals(MatchKind.EXACT_LABEL, hit.kind());
        assertEquals(100, hit.score());
        assertEquals(MatchKind.EXACT_LABEL, first("жаңаөзен").kind());
        assertEquals(MatchKind.EXACT_LABEL, first("ZHANAOZEN").kind());
        assertEquals("Жаңаөзен", hit.labels().get("kk"));
    }

    @Test
    void aliasRanksBelowLabel() {
        SearchHit hit = first("Janaozen");
        assertEquals(ID + "place/zhanaozen", hit.iri());
        assertEquals(MatchKind.ALIAS, hit.kind());
        assertEquals("Janaozen", hit.matchedName());
    }

    @Test
    void foldedMatchIsTransliterated() {
        SearchHit hit = first("Atle Hoie");
        assertEquals(ID + "person/atle-hoie", hit.iri());
        assertEquals(MatchKind.TRANSLITERATED, hit.kind());
        assertTrue(hit.score() < 90 && hit.score() >= 70);
    }

    @Test
    void oneLetterTypoInALongNameIsFuzzy() {
        SearchHit hit = first("Zhanaozan");
        assertEquals(ID + "place/zhanaozen", hit.iri());
        assertEquals(MatchKind.FUZZY, hit.kind());
        assertTrue(hit.score() < 70);
    }

    @Test
    void surnameAloneFindsThePerson() {
        SearchHit hit = first("Kharkova");
        assertEquals(ID + "person/larisa-kharkova", hit.iri());
        assertEquals(MatchKind.FUZZY, hit.kind());
    }

    @Test
    void anotherGivenNameIsNotThePerson() {
        List<SearchHit> hits = index.search("Irina Kharkova", Set.of(), 10);
        assertTrue(hits.stream().noneMatch(h -> h.iri().equals(ID + "person/larisa-kharkova")), hits.toString());
    }

    @Test
    void aTownALetterOrTwoAwayIsAnotherTown() {
        for (SearchHit hit : index.search("Aktau", Set.of(), 10))
            assertEquals(MatchKind.FUZZY, hit.kind(), hit.toString());
    }

    @Test
    void claimsAndOntologyTermsAreNotResults() {
        for (String q : List.of("claim", "Strike", "Person", "Event"))
            for (SearchHit hit : index.search(q, Set.of(), 50)) {
                assertFalse(hit.iri().startsWith(ID + "claim/"), hit.toString());
                assertFalse(hit.iri().startsWith("https://w3id.org/kz-labour/ontology"), hit.toString());
            }
    }

    @Test
    void typeFilterKeepsOnlyThatType() {
        String place = "https://w3id.org/kz-labour/ontology#Place";
        List<SearchHit> hits = index.search("Zhanaozen", Set.of(place), 20);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.types().contains(place)));
        List<SearchHit> none = index.search("Zhanaozen", Set.of("https://w3id.org/kz-labour/ontology#Person"), 20);
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void hitsAreOrderedByScoreAndLimited() {
        List<SearchHit> hits = index.search("Zhanaozen", Set.of(), 3);
        assertTrue(hits.size() <= 3);
        for (int i = 1; i < hits.size(); i++)
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        assertNotEquals(0, index.size());
    }

    @Test
    void tooLongOrEmptyQueries() {
        assertThrows(IllegalArgumentException.class, () -> index.search("x".repeat(501), Set.of(), 5));
        assertTrue(index.search("  ", Set.of(), 5).isEmpty());
        assertTrue(index.search("!!! ???", Set.of(), 5).isEmpty());
        assertTrue(index.search("title:(foo OR \"bar", Set.of(), 5).stream().allMatch(h -> h.kind() == MatchKind.FUZZY));
    }

    @Test
    void textQueryInSparqlUsesTheSameIndex() {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"Жанаозен\" }";
        List<String> found = new java.util.ArrayList<>();
        org.apache.jena.sparql.exec.QueryExec.dataset(index.dataset()).query(query)
                .select().forEachRemaining(b -> found.add(b.get("s").getURI()));
        assertTrue(found.contains(ID + "place/zhanaozen"), found.toString());
        List<String> phrase = new java.util.ArrayList<>();
        org.apache.jena.sparql.exec.QueryExec.dataset(index.dataset())
                .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '\"Жанаозен events\"' }")
                .select().forEachRemaining(b -> phrase.add(b.get("s").getURI()));
        assertTrue(phrase.contains(ID + "event/zhanaozen-2011"), "a phrase across scripts: " + phrase);
    }
}
