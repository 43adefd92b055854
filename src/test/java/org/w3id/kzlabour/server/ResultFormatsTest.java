package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.kzlabour.query.ServicePolicy;

/** Every result format by Accept, over GET, form POST and direct POST; the kind's default for an unmatched Accept, and the 406 for a format= the kind cannot produce. */
class ResultFormatsTest {

    private static final String SELECT = "PREFIX t: <" + TestServers.NS + "> SELECT ?s ?label WHERE { ?s a t:Thing ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s";
    private static final String CONSTRUCT = "CONSTRUCT WHERE { ?s <" + TestServers.NS + "next> ?o }";
    private static DatasetGraph data;
    private static KgServer server;

    @BeforeAll
    static void start() {
        data = TestServers.dataset(20);
        server = TestServers.start(data, EndpointSettings.defaults(), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/json,                application/sparql-results+json",
        "application/sparql-results+xml,  application/sparql-results+xml",
        "text/csv,                        text/csv",
        "text/tab-separated-values,       text/tab-separated-values",
        "'text/html,application/xhtml+xml,*/*;q=0.8', application/sparql-results+json"
    })
    void selectInEveryRowFormat(String accept, String expectedType) throws Exception {
        HttpResponse<String> response = TestServers.get(server, SELECT, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        Lang lang = switch (expectedType) {
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        ResultSetRewindable rewindable = ResultSetFactory.makeRewindable(rows);
        assertEquals(20, rewindable.size());
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle,           TURTLE",
        "application/n-triples, N-TRIPLES",
        "application/ld+json,   JSON-LD",
        "application/rdf+xml,   RDF/XML"
    })
    void constructInEveryGraphFormat(String accept, String langName) throws Exception {
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("query", CONSTRUCT), accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), org.apache.jena.riot.RDFLanguages.nameToLang(langName)).parse(graph);
        assertEquals(20, graph.size());
    }

    @Test
    void askByDirectPost() throws Exception {
        HttpResponse<String> response = TestServers.postQuery(server, "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("true"));
    }

    @Test
    void describeDefaultsToTurtle() throws Exception {
        HttpResponse<String> response = TestServers.get(server, "DESCRIBE <" + TestServers.NS + "s1>", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        assertEquals(3, graph.size());
    }

    @Test
    void unmatchedAcceptGetsJsonRows() throws Exception {
        for (String accept : List.of("image/png", "text/turtle", "application/rdf+xml, application/n-triples;q=0.5")) {
            HttpResponse<String> response = TestServers.get(server, SELECT, accept);
            assertEquals(200, response.statusCode(), accept);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"), accept);
            assertTrue(response.body().contains("\"bindings\""), response.body());
        }
    }

    @Test
    void graphQueryWithResultsOnlyAcceptGetsTurtle() throws Exception {
        String describe = "DESCRIBE <" + TestServers.NS + "s1>";
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 4";
        for (String query : List.of(describe, construct)) {
            for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml, text/csv;q=0.5")) {
                HttpResponse<String> response = TestServers.postQuery(server, query, accept);
                assertEquals(200, response.statusCode(), query + " / " + accept);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), accept);
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
                assertFalse(graph.isEmpty(), response.body());
            }
        }
    }

    @Test
    void formatParameterWrongForTheKindIsNotAcceptable() throws Exception {
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("query", "DESCRIBE <" + TestServers.NS + "s1>") + "&format=csv", null);
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"), response.body());
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("query", SELECT) + "&format=csv", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    void pingAnswers() throws Exception {
        HttpResponse<String> response = TestServers.CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
    }

    @Test
    void corsPreflightAndHeader() throws Exception {
        HttpResponse<String> preflight = TestServers.CLIENT.send(
                HttpRequest.newBuilder(URI.create(TestServers.endpoint(server)))
                           .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                           .header("Origin", "http://localhost:9999")
                           .header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300);
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> answer = TestServers.get(server, SELECT, null);
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void outputBufferIsSmall() {
        assertEquals(32 * 1024, server.outputBufferSize());
    }
}
