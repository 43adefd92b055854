package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServicePolicy;

/**
 * The query timeout: on by default, lowered but never raised by the client, stopping the work,
 * and never leaving a cut-short result looking like a clean 200.
 */
class TimeoutTest {

    /** Four-way cross product of 900 triples: far beyond any timeout. */
    private static final String ENDLESS_COUNT =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    /** Streams rows for ever: the timeout strikes after the response has started. */
    private static final String ENDLESS_ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final long SERVER_TIMEOUT_MS = 3000;
    private static KgServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(TestServers.dataset(300),
                EndpointSettings.defaults().withQueryTimeout(Duration.ofMillis(SERVER_TIMEOUT_MS)), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void defaultTimeoutIsSixtySeconds() {
        assertEquals(Duration.ofSeconds(60), EndpointSettings.defaults().queryTimeout());
    }

    @Test
    void serverTimeoutStopsALongQuery() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.get(server, ENDLESS_COUNT, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        BadInputTest.assertOneLineError(503, response.statusCode(), response.body());
        assertTrue(millis >= SERVER_TIMEOUT_MS - 100 && millis < SERVER_TIMEOUT_MS + 5000, "took " + millis + " ms");
    }

    @Test
    void clientMayLowerTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("query", ENDLESS_COUNT) + "&timeout=0.5", null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode());
        assertTrue(millis < SERVER_TIMEOUT_MS - 500, "client timeout 0.5 s took " + millis + " ms");
    }

    @Test
    void clientCannotRaiseTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("query", ENDLESS_COUNT) + "&timeout=600", null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode());
        assertTrue(millis < SERVER_TIMEOUT_MS + 5000, "took " + millis + " ms");
    }

    @Test
    void timedOutQueryStopsUsingCpu() throws Exception {
        assertEquals(503, TestServers.get(server, ENDLESS_COUNT, null).statusCode());
        Thread.sleep(200);
        long cpuNanos = cpuNanosDuring(2000);
        assertTrue(cpuNanos < 1_000_000_000L, "process used " + cpuNanos / 1_000_000 + " ms CPU in 2 s after the timeout");
    }

    @Test
    void hugeGraphResultIsRefusedInsteadOfFillingMemory() throws Exception {
        String construct = "CONSTRUCT { [] ?b ?c } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("query", construct) + "&timeout=60", "text/turtle");
        assertTrue(response.statusCode() == 400 || response.statusCode() == 503, response.statusCode() + " " + response.body());
        assertTrue(response.body().startsWith("Error "), response.body());
    }

    @Test
    void resultCutShortIsNeverACleanResponse() {
        boolean broken;
        String detail;
        try {
            HttpResponse<String> response = TestServers.get(server, ENDLESS_ROWS, "application/sparql-results+json");
            broken = response.statusCode() != 200;
            detail = "status " + response.statusCode() + ", " + response.body().length() + " chars";
            if (!broken)
                assertNotEquals('}', response.body().strip().charAt(response.body().strip().length() - 1), detail);
        } catch (IOException ex) {
            broken = true;
            detail = ex.toString();
        } catch (InterruptedException ex) {
            throw new AssertionError(ex);
        }
        assertTrue(broken, "a cut-short result must not arrive as a complete 200: " + detail);
    }

    /** CPU time this process (test and server) uses while sleeping for the given time. */
    /** CPU time the whole process uses while the caller sleeps: a stopped query uses next to none. */
    static long cpuNanosDuring(long millis) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(millis);
        return os.getProcessCpuTime() - before;
    }
}
