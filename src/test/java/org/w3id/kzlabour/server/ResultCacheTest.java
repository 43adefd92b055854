package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServicePolicy;

/**
 * The cache of complete answers: a repeated request gets the same bytes without running again,
 * anything that shapes the answer makes a new entry, and nothing incomplete or volatile is kept.
 */
class ResultCacheTest {

    private static final String LABELS = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s";
    private static final String SLOW_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static KgServer cached;
    private static KgServer uncached;
    private static KgServer onlyExpensive;

    @BeforeAll
    static void start() {
        EndpointSettings settings = EndpointSettings.defaults().withQueryTimeout(Duration.ofSeconds(2));
        cached = TestServers.start(TestServers.dataset(3000), settings.withResultCacheMinCost(Duration.ZERO), ServicePolicy.refuseAll());
        uncached = TestServers.start(TestServers.dataset(50), settings.withResultCacheBytes(0), ServicePolicy.refuseAll());
        onlyExpensive = TestServers.start(TestServers.dataset(50), settings.withResultCacheMinCost(Duration.ofSeconds(30)), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        cached.stop();
        uncached.stop();
        onlyExpensive.stop();
    }

    @Test
    void defaultsKeepOnlyAnswersThatTookAtLeastFiveMilliseconds() {
        assertEquals(Duration.ofMillis(5), EndpointSettings.defaults().resultCacheMinCost());
    }

    @Test
    void cheapAnswerIsComputedAgainRatherThanStored() throws Exception {
        TestServers.get(onlyExpensive, LABELS, null);
        HttpResponse<String> second = TestServers.get(onlyExpensive, LABELS, null);
        assertEquals(200, second.statusCode());
        assertEquals("MISS", second.headers().firstValue("X-Cache").orElse(null));
    }

    @Test
    void repeatedRequestIsAnsweredFromTheCacheWithTheSameBytes() throws Exception {
        String query = LABELS + " # repeated";
        HttpResponse<String> first = TestServers.get(cached, query, "application/sparql-results+json");
        HttpResponse<String> second = TestServers.get(cached, query, "application/sparql-results+json");
        assertEquals(200, first.statusCode());
        assertEquals("MISS", first.headers().firstValue("X-Cache").orElse(null));
        assertEquals(200, second.statusCode());
        assertEquals("HIT", second.headers().firstValue("X-Cache").orElse(null));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertTrue(second.body().length() > 256 * 1024, "the answer was streamed, not only held back: " + second.body().length());
    }

    @Test
    void cachedQueryStillGoesThroughTheRequestChecks() throws Exception {
        String query = LABELS + " # checks";
        assertEquals("MISS", TestServers.get(cached, query, null).headers().firstValue("X-Cache").orElse(null));
        assertEquals("HIT", TestServers.get(cached, query, null).headers().firstValue("X-Cache").orElse(null));
        HttpResponse<String> badTimeout = TestServers.postForm(cached, TestServers.form("query", query) + "&timeout=soon", null);
        BadInputTest.assertOneLineError(400, badTimeout.statusCode(), badTimeout.body());
        HttpResponse<String> badEncoding = TestServers.postForm(cached, TestServers.form("query", query) + "&x=%zz", null);
        BadInputTest.assertOneLineError(400, badEncoding.statusCode(), badEncoding.body());
    }

    @Test
    void anotherFormatIsAnotherEntry() throws Exception {
        String query = LABELS + " # formats";
        TestServers.get(cached, query, "application/sparql-results+json");
        HttpResponse<String> csv = TestServers.get(cached, query, "text/csv");
        assertEquals("MISS", csv.headers().firstValue("X-Cache").orElse(null));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        HttpResponse<String> csvAgain = TestServers.get(cached, query, "text/csv");
        assertEquals("HIT", csvAgain.headers().firstValue("X-Cache").orElse(null));
        assertEquals(csv.body(), csvAgain.body());
    }

    @Test
    void timedOutQueryIsNotCached() throws Exception {
        String query = SLOW_COUNT + " # timeout";
        assertEquals(503, TestServers.get(cached, query, null).statusCode());
        HttpResponse<String> again = TestServers.get(cached, query, null);
        assertEquals(503, again.statusCode());
        assertNotEquals("HIT", again.headers().firstValue("X-Cache").orElse(""));
    }

    @Test
    void malformedQueryIsNotCached() throws Exception {
        String query = "SELECT * WHERE { ?s ?p }";
        assertEquals(400, TestServers.get(cached, query, null).statusCode());
        assertEquals(400, TestServers.get(cached, query, null).statusCode());
    }

    @Test
    void volatileQueryIsExecutedEveryTime() throws Exception {
        String query = "SELECT (STRUUID() AS ?id) WHERE {}";
        HttpResponse<String> first = TestServers.get(cached, query, "application/sparql-results+json");
        HttpResponse<String> second = TestServers.get(cached, query, "application/sparql-results+json");
        assertEquals(200, second.statusCode());
        assertEquals("MISS", second.headers().firstValue("X-Cache").orElse(null));
        assertNotEquals(first.body(), second.body());
    }

    @Test
    void disabledCacheExecutesEveryRequest() throws Exception {
        TestServers.get(uncached, LABELS, null);
        HttpResponse<String> second = TestServers.get(uncached, LABELS, null);
        assertEquals(200, second.statusCode());
        assertNull(second.headers().firstValue("X-Cache").orElse(null));
    }
}
