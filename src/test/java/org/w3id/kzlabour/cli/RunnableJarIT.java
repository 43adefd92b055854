package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

    @TempDir
    Path elsewhere;

    @Test
    void servesTheShippedGraphFromAnyDirectory() throws Exception {
        try (ShippedJar.Running jar = ShippedJar.serve(elsewhere)) {
            assertTrue(jar.triples() > 0, "triples: " + jar.triples());
            HttpResponse<String> count = jar.sparqlCsv("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            assertEquals(200, count.statusCode(), count.body());
            assertEquals("n\r\n" + jar.triples() + "\r\n", count.body());

            // Search in the jar: Lucene's codecs are found through service files too.
            HttpResponse<String> search = jar.get("/search?format=json&q=" + URLEncoder.encode("Жаңаөзен", StandardCharsets.UTF_8));
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(search.body().contains("https://w3id.org/kz-labour/id/place/zhanaozen"), search.body());
            HttpResponse<String> sparql = jar.sparqlCsv("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"Zhanaozen\" }");
            assertEquals(200, sparql.statusCode(), sparql.body());
            assertTrue(sparql.body().contains("https://w3id.org/kz-labour/id/place/zhanaozen"), sparql.body());
        }
    }

    /** picocli in the shaded jar: help and version on stdout with exit 0, a mistyped option on stderr with exit 2. */
    @Test
    void helpVersionAndUsageErrorsFromTheJar() throws Exception {
        String[] help = runJar("serve", "--help");
        assertEquals("0", help[0], help[2]);
        assertTrue(help[1].startsWith("usage: kz-labour-kg serve") && help[1].contains("--allow-service=URL"), help[1]);
        String[] version = runJar("--version");
        assertEquals("0", version[0], version[2]);
        assertTrue(version[1].startsWith("kz-labour-kg " + Release.current().version() + " "), version[1]);
        String[] typo = runJar("serve", "--prot", "0");
        assertEquals("2", typo[0]);
        assertEquals("", typo[1]);
        assertTrue(typo[2].startsWith("kz-labour-kg serve: unknown option --prot\nDid you mean --port?\n"), typo[2]);
    }

    /** Exit code, standard output and standard error of one run of the jar. */
    private String[] runJar(String... args) throws Exception {
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = ShippedJar.command(elsewhere, args)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not exit");
        return new String[] {String.valueOf(process.exitValue()), Files.readString(out), Files.readString(err)};
    }
}
