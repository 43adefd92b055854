package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.cli.ShippedJar;

/**
 * {@code /reconcile} in the fat jar as a user runs it ({@code serve}): the manifest, and a form POST
 * as OpenRefine sends it, answered through the shaded Lucene index and JSON libraries.
 */
class ReconcileJarIT {

    @TempDir
    Path elsewhere;

    @Test
    void theJarReconcilesAColumnCell() throws Exception {
        try (ShippedJar.Running jar = ShippedJar.serve(elsewhere)) {
            HttpResponse<String> manifest = jar.get("/reconcile");
            assertEquals(200, manifest.statusCode(), manifest.body());
            ReconciliationSchemas.assertValid("manifest", manifest.body());
            String form = "queries=" + URLEncoder.encode("{\"q0\": {\"query\": \"Жанаозен\", \"type\": \"Place\"}}", StandardCharsets.UTF_8);
            HttpResponse<String> answer = jar.postForm("/reconcile", form);
            assertEquals(200, answer.statusCode(), answer.body());
            ReconciliationSchemas.assertValid("reconciliation-result-batch", answer.body());
            JsonNode top = new ObjectMapper().readTree(answer.body()).get("q0").get("result").get(0);
            assertEquals("place/zhanaozen", top.get("id").asText());
            assertTrue(top.get("match").asBoolean());
            HttpResponse<String> bad = jar.get("/reconcile?queries=%7Bnot-json");
            assertEquals(400, bad.statusCode(), bad.body());
        }
    }
}
