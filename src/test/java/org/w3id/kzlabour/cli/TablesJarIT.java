package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables from the fat jar, run from a directory that is not the project: {@code export --format
 * csv} finds its queries and metadata inside the jar, and the served {@code /dumps/events.csv} is the
 * same file; {@code /codebook} is served.
 */
class TablesJarIT {

    @TempDir
    Path elsewhere;

    @Test
    void exportAndServeTheTablesFromTheJar() throws Exception {
        Process export = ShippedJar.command(elsewhere, "export", "--format", "csv", "--out", "tables").redirectErrorStream(true).start();
        String output = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(export.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, export.exitValue(), output);
        assertTrue(output.contains("events.csv: "), output);
        byte[] exported = Files.readAllBytes(elsewhere.resolve("tables/events.csv"));
        assertTrue(exported.length > 1000);

        try (ShippedJar.Running jar = ShippedJar.serve(elsewhere)) {
            HttpResponse<byte[]> csv = jar.getBytes("/dumps/events.csv");
            assertEquals(200, csv.statusCode());
            assertEquals(new String(exported, StandardCharsets.UTF_8), new String(csv.body(), StandardCharsets.UTF_8));
            HttpResponse<String> codebook = jar.get("/codebook");
            assertEquals(200, codebook.statusCode());
            assertTrue(codebook.body().contains("<section id=\"claims\">"), codebook.body());
        }
    }
}
