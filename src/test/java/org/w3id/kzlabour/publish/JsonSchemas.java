package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The JSON Schemas kept under src/test/resources/citation (see the README there for their commits), for validating what we write. */
final class JsonSchemas {

    private JsonSchemas() {}

    /** A draft-07 schema from the test resources. */
    static Schema draft7(String resource) {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("Missing test resource " + resource);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The validation errors, as text (empty when valid). */
    static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }
}
