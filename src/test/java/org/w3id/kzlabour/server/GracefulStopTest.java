package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;

/**
 * A stop lets requests in flight finish (up to the grace period) while refusing new connections, and the
 * loading gate answers 503 on the port until it is closed: what a load balancer needs for a rolling restart.
 */
class GracefulStopTest {

    /** Answers after {@code millis}, and counts down once the request has arrived. */
    private static final class SlowServlet extends HttpServlet {
        final CountDownLatch arrived = new CountDownLatch(1);
        final long millis;

        SlowServlet(long millis) { this.millis = millis; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            arrived.countDown();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            resp.setContentType("text/plain");
            resp.getWriter().print("done");
        }
    }

    private static KgServer server(SlowServlet slow, Duration grace) {
        return KgServer.builder()
                .port(0)
                .runner(new QueryRunner(TestServers.dataset(10), false, ServicePolicy.refuseAll()))
                .shutdownGrace(grace)
                .route("/slow", slow)
                .build()
                .start();
    }

    private static CompletableFuture<HttpResponse<String>> getAsync(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return TestServers.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
    }

    @Test
    void requestInFlightFinishesAndNewConnectionsAreRefused() throws Exception {
        SlowServlet slow = new SlowServlet(1500);
        KgServer server = server(slow, Duration.ofSeconds(10));
        int port = server.port();
        assertEquals(200, getAsync(port, "/$/ping").get(10, TimeUnit.SECONDS).statusCode());

        CompletableFuture<HttpResponse<String>> inFlight = getAsync(port, "/slow");
        assertTrue(slow.arrived.await(10, TimeUnit.SECONDS), "the slow request reached the servlet");
        long stopStart = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        Thread.sleep(300);
        assertThrows(ConnectException.class, () -> connect(port), "no new connections while stopping");

        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("done", answer.body());
        stopping.get(15, TimeUnit.SECONDS);
        long stopMillis = (System.nanoTime() - stopStart) / 1_000_000;
        assertTrue(stopMillis >= 1000, "stop waited for the request in flight (" + stopMillis + " ms)");
    }

    @Test
    void graceLimitsTheWait() throws Exception {
        SlowServlet slow = new SlowServlet(8000);
        KgServer server = server(slow, Duration.ofMillis(500));
        CompletableFuture<HttpResponse<String>> inFlight = getAsync(server.port(), "/slow");
        assertTrue(slow.arrived.await(10, TimeUnit.SECONDS));
        long stopStart = System.nanoTime();
        server.stop();
        long stopMillis = (System.nanoTime() - stopStart) / 1_000_000;
        assertTrue(stopMillis < 5000, "stop gave up after the grace period, not after the request (" + stopMillis + " ms)");
        int port = server.port();
        assertThrows(ConnectException.class, () -> connect(port), "stopped all the same");
        inFlight.handle((r, e) -> null).get(15, TimeUnit.SECONDS);
    }

    @Test
    void loadingGateAnswers503ThenHandsItsSocketToTheServer() throws Exception {
        LoadingGate gate = LoadingGate.open("127.0.0.1", 0);
        int port = gate.port();
        try {
            for (String path : new String[] {"/$/ping", "/sparql?query=ASK%7B%7D", "/"}) {
                HttpResponse<String> response = getAsync(port, path).get(10, TimeUnit.SECONDS);
                assertEquals(503, response.statusCode(), path);
                assertEquals(LoadingGate.MESSAGE, response.body(), path);
                assertEquals("5", response.headers().firstValue("Retry-After").orElse(""), path);
            }
            KgServer server = KgServer.builder().port(port).listenOn(gate.handOver())
                    .runner(new QueryRunner(TestServers.dataset(10), false, ServicePolicy.refuseAll())).build();
            // a client that connects between the hand-over and the start waits in the backlog and is served
            CompletableFuture<HttpResponse<String>> early = getAsync(port, "/$/ping");
            Thread.sleep(200);
            server.start();
            try {
                assertEquals(200, early.get(10, TimeUnit.SECONDS).statusCode(), "connection made at the switch");
                assertEquals(200, getAsync(port, "/$/ping").get(10, TimeUnit.SECONDS).statusCode());
                assertEquals(port, server.port());
            } finally {
                server.stop();
            }
        } finally {
            gate.close();
        }
    }

    @Test
    void closedLoadingGateReleasesThePort() throws Exception {
        LoadingGate gate = LoadingGate.open("127.0.0.1", 0);
        int port = gate.port();
        assertEquals(503, getAsync(port, "/$/ping").get(10, TimeUnit.SECONDS).statusCode());
        gate.close();
        assertThrows(ConnectException.class, () -> connect(port), "the port is released");
    }
}
