package org.w3id.kzlabour.cli;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.publish.Release;

/**
 * The fat jar as a user runs it, from a directory that is not the project: it starts on the graph
 * it carries, prints its URL and size, and answers queries (a jar whose service files were
 * overwritten answers 400 to everything), and searches (/search and text:query need Lucene's codecs,
 * which come through service files too).
 */
class RunnableJarIT {

    private static final Pattern URL = Pattern.compile("Serving ([\\d,]+) triples from .* at (http://\\S+/sparql)");

    @TempDir
    Path elsewhere;

    @Test
    void servesTheShippedGraphFromAnyDirectory() throws Exception {
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
            long triples = Long.parseLong(m.group(1).replace(",", ""));
            assertTrue(triples > 0, line);
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(2) + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                               .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("n\r\n" + triples + "\r\n", response.body());

            // Search in the jar: Lucene's codecs are found through service files too.
            String root = m.group(2).substring(0, m.group(2).length() - "/sparql".length());
            HttpResponse<String> search = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(root + "/search?format=json&q=" + URLEncoder.encode("Жаңаөзен", StandardCharsets.UTF_8)))
                               .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(search.body().contains("https://w3id.org/kz-labour/id/place/zhanaozen"), search.body());
            String textQuery = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"Zhanaozen\" }";
            HttpResponse<String> sparql = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(2) + "?query=" + URLEncoder.encode(textQuery, StandardCharsets.UTF_8)))
                               .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sparql.statusCode(), sparql.body());
            assertTrue(sparql.body().contains("https://w3id.org/kz-labour/id/place/zhanaozen"), sparql.body());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** picocli in the shaded jar: help and version on stdout with exit 0, a mistyped option on stderr with exit 2. */
    @Test
    void helpVersionAndUsageErrorsFromTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("kg.jar", "target/kz-labour-kg.jar")).toAbsolutePath();
        String[] help = runJar(jar, "serve", "--help");
        assertEquals("0", help[0], help[2]);
        assertTrue(help[1].startsWith("usage: kz-labour-kg serve") && help[1].contains("--allow-service=URL"), help[1]);
        String[] version = runJar(jar, "--version");
        assertEquals("0", version[0], version[2]);
        assertTrue(version[1].startsWith("kz-labour-kg " + Release.current().version() + " "), version[1]);
        String[] typo = runJar(jar, "serve", "--prot", "0");
        assertEquals("2", typo[0]);
        assertEquals("", typo[1]);
        assertTrue(typo[2].startsWith("kz-labour-kg serve: unknown option --prot\nDid you mean --port?\n"), typo[2]);
    }

    /** Exit code, standard output and standard error of one run of the jar. */
    private String[] runJar(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not exit");
        return new String[] {String.valueOf(process.exitValue()), Files.readString(out), Files.readString(err)};
    }
}
