package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;

/**
 * The official Reconciliation API 0.2 JSON Schemas (test resources, see
 * {@code src/test/resources/reconciliation-api/README.md}) and a check of a response against one.
 * The schemas are loaded from the test resources by their {@code $id}, never from the network.
 */
final class ReconciliationSchemas {

    static final String SPEC = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    /** The property-proposal schema declares the draft folder as its {@code $id}. */
    static final String DRAFT = "https://reconciliation-api.github.io/specs/draft/schemas/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = registry();
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    private ReconciliationSchemas() {}

    private static SchemaRegistry registry() {
        // The schemas declare "$schema": "http://json-schema.org/schema#" (the latest draft, at the time draft 7).
        Dialect legacy = Dialect.builder("http://json-schema.org/schema#", Dialects.getDraft7()).build();
        Map<String, String> files = new HashMap<>();
        for (String name : List.of("data-extension-property-proposal", "data-extension-query", "data-extension-response", "manifest",
                                   "reconciliation-query-batch", "reconciliation-result-batch", "suggest-entities-response",
                                   "suggest-properties-response", "suggest-types-response", "type")) {
            String text = resource("reconciliation-api/0.2/schemas/" + name + ".json");
            files.put(SPEC + name + ".json", text);
            files.put(DRAFT + name + ".json", text);
        }
        // The query-batch schema's $id says reconciliation-query.json.
        files.put(SPEC + "reconciliation-query.json", files.get(SPEC + "reconciliation-query-batch.json"));
        files.put("http://swagger.io/v2/schema.json", resource("reconciliation-api/stand-ins/swagger-v2-schema.json"));
        return SchemaRegistry.withDefaultDialect(Dialects.getDraft7(), builder -> builder
                .dialectRegistry(new BasicDialectRegistry(List.of(legacy, Dialects.getDraft7())))
                .schemas(files::get));
    }

    private static String resource(String path) {
        try (InputStream in = ReconciliationSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static synchronized Schema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(SPEC + n + ".json")));
    }

    /** The violations of a JSON text against a schema of the spec (by file name without .json). */
    static List<Error> violations(String schemaName, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return schema(schemaName).validate(node);
        } catch (IOException ex) {
            fail("not JSON: " + json);
            return List.of();
        }
    }

    /** Fails unless the JSON text is valid against the schema. */
    static void assertValid(String schemaName, String json) {
        List<Error> errors = violations(schemaName, json);
        assertTrue(errors.isEmpty(), () -> schemaName + " violations " + errors + " in " + json);
    }
}
