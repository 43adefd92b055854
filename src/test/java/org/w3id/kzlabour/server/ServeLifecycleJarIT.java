package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.cli.ShippedJar;

/**
 * The jar's {@code serve} as a load balancer sees it: {@code /$/ping} answers 503 while the store loads,
 * 200 once it serves, and SIGTERM ends the process with status 0 after a graceful stop.
 */
class ServeLifecycleJarIT {

    @TempDir
    Path work;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The ping's status, or -1 when nothing listens (yet). */
    private static int ping(int port) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return TestServers.CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException ex) {
            return -1;
        }
    }

    @Test
    void pingIsUnavailableWhileLoadingAndSigtermExitsZero() throws Exception {
        int port = freePort();
        Path log = work.resolve("serve.log");
        Process server = ShippedJar.command(work, "serve", "--port", String.valueOf(port), "--shutdown-grace", "5")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            List<Integer> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && server.isAlive()) {
                int status = ping(port);
                if (status != -1 && (seen.isEmpty() || seen.get(seen.size() - 1) != status))
                    seen.add(status);
                if (status == 200)
                    break;
                Thread.sleep(20);
            }
            assertEquals(List.of(503, 200), seen, "ping answers while starting; log:\n" + Files.readString(log));
            server.destroy(); // SIGTERM
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "stopped within the grace period");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, server.exitValue(), output);
            assertTrue(output.contains("SIGTERM: stopping"), output);
            assertEquals(-1, ping(port), "nothing listens after the stop");
        } finally {
            server.destroyForcibly();
        }
    }
}
