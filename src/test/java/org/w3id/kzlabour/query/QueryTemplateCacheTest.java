package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** A query built from a cached shape must be exactly the query the parser would have produced. */
class QueryTemplateCacheTest {

    private static final String BASE = "https://w3id.org/kz-labour/id/";
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX lr: <https://example.org/lr/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static Query parsedDirectly(String text) {
        return QueryFactory.create(text, BASE, Syntax.syntaxSPARQL_11);
    }

    /** Sends several IRIs through one cache in the same query shape; each answer must equal a fresh parse. */
    private static void assertSameAsParser(String shape) {
        assertSameAsParser(shape, false);
    }

    private static void assertSameAsParser(String shape, boolean mustBeBuiltWithoutParsing) {
        QueryCache cache = new QueryCache(100);
        for (int i = 0; i < 5; i++) {
            String text = shape.replace("{IRI}", "<https://example.org/lr/id/event/" + i + ">")
                               .replace("{IRI2}", "<http://example.org/other/" + (i * 7) + "#x>");
            Query fromCache = cache.parse(text, BASE);
            Query fresh = parsedDirectly(text);
            assertEquals(fresh, fromCache, text);
            assertEquals(fresh.toString(), fromCache.toString(), text);
            assertEquals(fresh.getResultVars(), fromCache.getResultVars(), text);
        }
        if (mustBeBuiltWithoutParsing)
            assertEquals(1, cache.usableShapes(), "shape not reused: " + shape);
    }

    @Test
    void pointLookup() {
        assertSameAsParser(PREFIXES + """
                SELECT ?label ?date WHERE { {IRI} rdfs:label ?label ; lr:date ?date ; lr:eventType ?t . ?t rdfs:label ?l }""", true);
    }

    @Test
    void iriInObjectFilterValuesOptionalAndOrder() {
        assertSameAsParser(PREFIXES + """
                SELECT * WHERE {
                  ?e lr:place {IRI} . OPTIONAL { ?e lr:actor {IRI2} }
                  FILTER(?e != {IRI2} && ?x < 5)
                  VALUES ?v { {IRI} lr:a }
                } ORDER BY ?e LIMIT 10""");
    }

    @Test
    void askConstructDescribe() {
        assertSameAsParser(PREFIXES + "ASK { {IRI} ?p ?o }", true);
        assertSameAsParser(PREFIXES + "CONSTRUCT { {IRI} rdfs:label ?l } WHERE { {IRI} rdfs:label ?l }");
        assertSameAsParser(PREFIXES + "DESCRIBE {IRI}");
        assertSameAsParser(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p {IRI} } GROUP BY ?s HAVING (COUNT(*) > 1)");
    }

    @Test
    void irisThatAreNotTakenOut() {
        assertNull(QueryTemplateCache.Shape.of("PREFIX lr: <https://example.org/lr/> SELECT * { ?s lr:p ?o }", "urn:slot:"));
        assertNull(QueryTemplateCache.Shape.of("SELECT * FROM <https://example.org/g> { ?s ?p \"1\"^^<http://www.w3.org/2001/XMLSchema#int> }", "urn:slot:"));
        assertNull(QueryTemplateCache.Shape.of("SELECT * { SERVICE <https://example.org/sparql> { ?s ?p ?o } }", "urn:slot:"));
        assertNull(QueryTemplateCache.Shape.of("SELECT * { ?s ?p ?o FILTER(<http://example.org/fn>(?o)) }", "urn:slot:"));
        assertNull(QueryTemplateCache.Shape.of("SELECT * { ?s ?p \"<http://example.org/in/a/string>\" } # <http://example.org/comment>", "urn:slot:"));
        assertNull(QueryTemplateCache.Shape.of("SELECT * { ?s ?p <relative> . ?s ?p <http://Example.org/x> . ?s ?p <http://example.org/a/../b> . ?s ?p <http://example.org/%41> }", "urn:slot:"));
        assertNull(QueryTemplateCache.Shape.of("SELECT * { ?s ?p <http://example.org:8080/x> . ?s ?p <http://example.org> }", "urn:slot:"));
    }

    @Test
    void shapeTakesOutBodyIris() {
        QueryTemplateCache.Shape shape = QueryTemplateCache.Shape.of(
                "PREFIX lr: <https://example.org/lr/>\nSELECT * { <https://example.org/lr/id/event/7> lr:p '''a <http://x.org/y> ''' ; lr:q <http://example.org/o#f> }",
                "urn:slot:");
        assertNotNull(shape);
        assertEquals(List.of("https://example.org/lr/id/event/7", "http://example.org/o#f"), shape.iris());
        assertEquals("PREFIX lr: <https://example.org/lr/>\nSELECT * { <urn:slot:0> lr:p '''a <http://x.org/y> ''' ; lr:q <urn:slot:1> }", shape.key());
    }

    @Test
    void functionsDatatypesServiceAndDatasetsStillParseCorrectly() {
        assertSameAsParser(PREFIXES + "SELECT * FROM <http://example.org/g> { {IRI} ?p \"1\"^^<http://www.w3.org/2001/XMLSchema#int> FILTER(<http://example.org/fn>(?p)) }");
        assertSameAsParser(PREFIXES + "SELECT * { GRAPH {IRI2} { {IRI} lr:p/lr:q+ ?o } }");
        assertSameAsParser(PREFIXES + "SELECT * { {IRI} lr:p [ lr:q {IRI2} ] ; ^lr:r ?x }");
    }

    @Test
    void badQueriesOfAKnownShapeAreStillRejected() {
        QueryCache cache = new QueryCache(100);
        cache.parse(PREFIXES + "SELECT * { <https://example.org/lr/id/event/1> lr:p ?o }", BASE);
        cache.parse(PREFIXES + "SELECT * { <https://example.org/lr/id/event/2> lr:p ?o }", BASE);
        assertThrows(QueryRejectedException.class,
                () -> cache.parse(PREFIXES + "SELECT * { <https://example.org/lr/id/event/3> lr:p ?o ", BASE));
        assertThrows(QueryRejectedException.class,
                () -> cache.parse(PREFIXES + "SELECT * { <https://example.org/lr/id/event/3> nope:p ?o }", BASE));
    }

    @Test
    void staysBounded() {
        QueryCache cache = new QueryCache(3);
        for (int i = 0; i < 50; i++) {
            String text = "SELECT * { <https://example.org/e/" + i + "> <https://example.org/p" + i + "> ?o }";
            assertEquals(parsedDirectly(text), cache.parse(text, BASE));
        }
    }
}
