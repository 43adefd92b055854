package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables from the fat jar, run from a directory that is not the project: {@code export --format
 * csv} finds its queries and metadata inside the jar, and the served {@code /dumps/events.csv} is the
 * same file; {@code /codebook} is served.
 */
class TablesJarIT {

    private static final Pattern URL = Pattern.compile("Serving [\\d,]+ triples from .* at (http://\\S+)/sparql");

    @TempDir
    Path elsewhere;

    @Test
    void exportAndServeTheTablesFromTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("kg.jar", "target/kz-labour-kg.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        Process export = new ProcessBuilder("java", "-jar", jar.toString(), "export", "--format", "csv", "--out", "tables")
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String output = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(export.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, export.exitValue(), output);
        assertTrue(output.contains("events.csv: "), output);
        byte[] exported = Files.readAllBytes(elsewhere.resolve("tables/events.csv"));
        assertTrue(exported.length > 1000);

        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0")
                .directory(elsewhere.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher m = URL.matcher(line == null ? "" : line);
            assertTrue(m.find(), "first line: " + line);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<byte[]> csv = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/dumps/events.csv"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode());
            assertEquals(new String(exported, StandardCharsets.UTF_8), new String(csv.body(), StandardCharsets.UTF_8));
            HttpResponse<String> codebook = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/codebook"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, codebook.statusCode());
            assertTrue(codebook.body().contains("<section id=\"claims\">"), codebook.body());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
