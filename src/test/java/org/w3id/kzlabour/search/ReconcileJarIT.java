package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /reconcile} in the fat jar as a user runs it ({@code serve}): the manifest, and a form POST
 * as OpenRefine sends it, answered through the shaded Lucene index and JSON libraries.
 */
class ReconcileJarIT {

    private static final Pattern URL = Pattern.compile("at (http://\\S+)/sparql");

    @TempDir
    Path elsewhere;

    @Test
    void theJarReconcilesAColumnCell() throws Exception {
        Path jar = Path.of(System.getProperty("kg.jar", "target/kz-labour-kg.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0")
                .directory(elsewhere.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher m = URL.matcher(line == null ? "" : line);
            assertTrue(m.find(), "first line: " + line);
            String root = m.group(1);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> manifest = client.send(HttpRequest.newBuilder(URI.create(root + "/reconcile")).timeout(Duration.ofSeconds(30)).build(),
                                                        HttpResponse.BodyHandlers.ofString());
            assertEquals(200, manifest.statusCode(), manifest.body());
            ReconciliationSchemas.assertValid("manifest", manifest.body());
            String form = "queries=" + URLEncoder.encode("{\"q0\": {\"query\": \"Жанаозен\", \"type\": \"Place\"}}", StandardCharsets.UTF_8);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(root + "/reconcile")).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            ReconciliationSchemas.assertValid("reconciliation-result-batch", answer.body());
            JsonNode top = new ObjectMapper().readTree(answer.body()).get("q0").get("result").get(0);
            assertEquals("place/zhanaozen", top.get("id").asText());
            assertTrue(top.get("match").asBoolean());
            HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(root + "/reconcile?queries=%7Bnot-json")).timeout(Duration.ofSeconds(30)).build(),
                                                   HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode(), bad.body());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
