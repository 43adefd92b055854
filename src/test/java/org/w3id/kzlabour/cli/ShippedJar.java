package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
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

/**
 * The fat jar as a user runs it, for the {@code *JarIT} tests: {@code java -jar} in a directory of the
 * test's choosing (not the project), so that nothing is found on the project's class path by accident.
 * The jar is {@code target/kz-labour-kg.jar} or the system property {@code kg.jar}.
 */
public final class ShippedJar {

    private static final Pattern SERVING = Pattern.compile("Serving ([\\d,]+) triples from .* at (http://\\S+)/sparql");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private ShippedJar() {}

    /** The jar's absolute path; fails the test when the package phase has not built it. */
    public static Path path() {
        Path jar = Path.of(System.getProperty("kg.jar", "target/kz-labour-kg.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        return jar;
    }

    /** {@code java -jar JAR args...} started in {@code directory}. */
    public static ProcessBuilder command(Path directory, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", path().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(directory.toFile());
    }

    /**
     * {@code serve --port 0} on the shipped graph, in {@code directory}, once it has printed the line
     * that says where it serves.
     */
    public static Running serve(Path directory) throws IOException {
        Process process = command(directory, "serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher serving = SERVING.matcher(line == null ? "" : line);
        if (!serving.find()) {
            process.destroyForcibly();
            throw new AssertionError("the jar's first line does not say where it serves: " + line);
        }
        Running running = new Running(process, out, Long.parseLong(serving.group(1).replace(",", "")), serving.group(2));
        running.awaitSearchIndex();
        return running;
    }

    /** A serving jar; closing it stops the process. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final long triples;
        private final String root;
        private final HttpClient client = HttpClient.newHttpClient();

        private Running(Process process, BufferedReader out, long triples, String root) {
            this.process = process;
            this.out = out;
            this.triples = triples;
            this.root = root;
        }

        /** Waits (at most 30 s) until /search answers: the name index is built after SPARQL is up. */
        void awaitSearchIndex() throws IOException {
            long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
            try {
                while (get("/search?q=a&format=json").statusCode() == 503) {
                    if (System.nanoTime() > deadline)
                        throw new AssertionError("the search index was not ready within " + REQUEST_TIMEOUT);
                    Thread.sleep(50);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException(ex);
            }
        }

        /** The triple count the start-up line gives. */
        public long triples() { return triples; }

        /** {@code http://host:port}, without a trailing slash. */
        public String root() { return root; }

        /** A GET of {@code path} (with its query string) under the root. */
        public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(REQUEST_TIMEOUT);
            if (headers.length > 0)
                request.headers(headers);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The same as {@link #get} but the body as bytes. */
        public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(REQUEST_TIMEOUT).build(),
                               HttpResponse.BodyHandlers.ofByteArray());
        }

        /** A form POST of {@code form} (already encoded) to {@code path}. */
        public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(REQUEST_TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A SPARQL query by GET on /sparql, answered as CSV. */
        public HttpResponse<String> sparqlCsv(String query) throws IOException, InterruptedException {
            return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv");
        }

        @Override
        public void close() throws IOException, InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            out.close();
        }
    }
}
