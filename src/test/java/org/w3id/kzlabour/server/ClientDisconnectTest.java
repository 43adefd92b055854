package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServicePolicy;

/**
 * A query whose client has gone away stops within about a second, and a client that stays is
 * never cut off by the watch, however long its query runs.
 */
class ClientDisconnectTest {

    private static final String ENDLESS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static KgServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(TestServers.dataset(300),
                EndpointSettings.defaults().withQueryTimeout(Duration.ofSeconds(30)), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void queryStopsWhenTheClientCloses() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc/net/tcp");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            String target = "/sparql?query=" + URLEncoder.encode(ENDLESS_COUNT + " # disconnect", StandardCharsets.UTF_8);
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
        }
        Thread.sleep(2500);
        long cpuNanos = TimeoutTest.cpuNanosDuring(2000);
        assertTrue(cpuNanos < 1_000_000_000L,
                "process used " + cpuNanos / 1_000_000 + " ms CPU in 2 s, although the client left 2.5 s before (the query timeout is 30 s)");
    }

    @Test
    void clientThatStaysGetsItsAnswerAfterTheGracePeriod() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.postForm(server,
                TestServers.form("query", ENDLESS_COUNT + " # stays") + "&timeout=3", null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(millis >= 2900, "the client's own 3 s timeout ended the query, not the watch: took " + millis + " ms");
    }

    @Test
    void connectionTableReadsEstablishedConnectionsOnly() {
        String table = """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1
                   1: 0100007F:0BB8 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 2 1
                   2: 0100007F:0BB8 0100007F:D432 08 00000000:00000000 00:00000000 00000000     0        0 3 1
                """;
        ConnectionTable parsed = ConnectionTable.parse(table);
        assertTrue(parsed.isEstablished(3000, 0xD431));
        assertFalse(parsed.isEstablished(3000, 0xD432), "CLOSE_WAIT: the client has closed");
        assertFalse(parsed.isEstablished(3000, 0), "LISTEN is not a client connection");
    }
}
