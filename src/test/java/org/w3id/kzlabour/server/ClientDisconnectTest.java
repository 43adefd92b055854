package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.QueryRunner;
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
        leaveDuringQuery("127.0.0.1", server.port(), "ipv4");
    }

    @Test
    void queryStopsWhenAnIpv6ClientCloses() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp6")), "needs Linux's /proc/net/tcp6");
        assumeTrue(hasIpv6Loopback(), "needs the IPv6 loopback ::1");
        KgServer ipv6 = KgServer.builder().host("::1").port(0)
                .runner(new QueryRunner(TestServers.dataset(300), false, ServicePolicy.refuseAll()))
                .settings(EndpointSettings.defaults().withQueryTimeout(Duration.ofSeconds(30)))
                .build().start();
        try {
            // a client that stays is not taken for gone (a watch blind to IPv6 would stop it after 1 s)
            long start = System.nanoTime();
            HttpResponse<String> response = TestServers.CLIENT.send(HttpRequest.newBuilder(URI.create("http://[::1]:" + ipv6.port() + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(TestServers.form("query", ENDLESS_COUNT + " # stays ipv6") + "&timeout=3")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(millis >= 2900, "the client's own 3 s timeout ended the query, not the watch: took " + millis + " ms");
            leaveDuringQuery("::1", ipv6.port(), "ipv6");
        } finally {
            ipv6.stop();
        }
    }

    /** Sends an endless query, leaves after 300 ms, and checks the process is idle 2.5 s later. */
    private static void leaveDuringQuery(String host, int port, String tag) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            OutputStream out = socket.getOutputStream();
            String target = "/sparql?query=" + URLEncoder.encode(ENDLESS_COUNT + " # disconnect " + tag, StandardCharsets.UTF_8);
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
        }
        Thread.sleep(2500);
        long cpuNanos = TimeoutTest.cpuNanosDuring(2000);
        assertTrue(cpuNanos < 1_000_000_000L,
                "process used " + cpuNanos / 1_000_000 + " ms CPU in 2 s, although the " + tag
                + " client left 2.5 s before (the query timeout is 30 s)");
    }

    private static boolean hasIpv6Loopback() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException ex) {
            return false;
        }
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

    @Test
    void connectionTableReadsIpv6Addresses() {
        String table6 = """
                  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 00000000000000000000000001000000:0BB8 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1
                   1: 00000000000000000000000001000000:0BB8 00000000000000000000000001000000:D431 01 00000000:00000000 00:00000000 00000000     0        0 2 1
                   2: 0000000000000000FFFF00000100007F:0BB8 0000000000000000FFFF00000100007F:D433 01 00000000:00000000 00:00000000 00000000     0        0 3 1
                   3: 00000000000000000000000001000000:0BB8 00000000000000000000000001000000:D432 08 00000000:00000000 00:00000000 00000000     0        0 4 1
                """;
        ConnectionTable parsed = ConnectionTable.parse(table6);
        assertTrue(parsed.isEstablished(3000, 0xD431), "::1 client");
        assertTrue(parsed.isEstablished(3000, 0xD433), "IPv4 client on a dual-stack socket (::ffff:127.0.0.1)");
        assertFalse(parsed.isEstablished(3000, 0xD432), "CLOSE_WAIT: the client has closed");
    }
}
