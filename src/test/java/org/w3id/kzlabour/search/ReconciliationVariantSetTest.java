package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The search test set of real spellings ({@link NameVariantSet}) sent through {@code /reconcile} in
 * OpenRefine-sized batches on a real server: OpenRefine auto-matches every cell whose first candidate
 * has {@code match: true}, so a name that must not match must never get it, and no spelling may be
 * auto-matched to the wrong entity.
 */
class ReconciliationVariantSetTest {

    static final String ID = "https://w3id.org/kz-labour/id/";

    @Test
    void noFalseAutoMatchOverTheTestSet() throws Exception {
        NameVariantSet set = NameVariantSet.shipped(Path.of(System.getProperty("kg.projectDir", ".")).toAbsolutePath().normalize());
        List<NameVariantSet.Query> queries = set.queries();
        assertTrue(queries.size() >= 100);
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int autoMatched = 0;
        int wholeNames = 0;
        int wholeNamesMatched = 0;
        try (ReconcileServer server = ReconcileServer.start()) {
            for (int start = 0; start < queries.size(); start += 10) {
                List<NameVariantSet.Query> batch = queries.subList(start, Math.min(queries.size(), start + 10));
                var body = json.createObjectNode();
                for (int i = 0; i < batch.size(); i++)
                    body.putObject("q" + i).put("query", batch.get(i).query());
                HttpResponse<String> response = server.postForm("/reconcile", "queries=" + ReconcileServer.encode(body.toString()));
                assertEquals(200, response.statusCode(), response.body());
                ReconciliationSchemas.assertValid("reconciliation-result-batch", response.body());
                JsonNode answer = json.readTree(response.body());
                for (int i = 0; i < batch.size(); i++) {
                    NameVariantSet.Query query = batch.get(i);
                    JsonNode result = answer.get("q" + i).get("result");
                    boolean matched = result.size() > 0 && result.get(0).get("match").asBoolean();
                    for (int c = 1; c < result.size(); c++)
                        assertTrue(!result.get(c).get("match").asBoolean(), "only the first candidate can be a match: " + result);
                    if (query.wholeName())
                        wholeNames++;
                    if (!matched)
                        continue;
                    autoMatched++;
                    String id = ID + result.get(0).get("id").asText();
                    if (query.mustNotMatch() || !id.equals(query.expected()))
                        wrong.add(query.query() + " (" + query.system() + ") -> " + id);
                    else if (query.wholeName())
                        wholeNamesMatched++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Reconciliation over the test set: %d queries, %d auto-matched, %d of %d whole-name spellings auto-matched, %d wrong%n",
                          queries.size(), autoMatched, wholeNamesMatched, wholeNames, wrong.size());
        assertTrue(wrong.isEmpty(), "wrong auto-matches: " + wrong);
    }
}
