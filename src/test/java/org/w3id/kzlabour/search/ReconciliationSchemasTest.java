package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The schema check itself can fail: the spec's own invalid examples are rejected, its valid ones accepted. */
class ReconciliationSchemasTest {

    @Test
    void acceptsValidAndRejectsInvalidExamples() {
        ReconciliationSchemas.assertValid("manifest", "{\"versions\":[\"0.1\",\"0.2\"],\"name\":\"x\",\"identifierSpace\":\"http://a/\",\"schemaSpace\":\"http://b/\"}");
        assertFalse(ReconciliationSchemas.violations("manifest", "{\"versions\":[\"0.1\"],\"name\":\"x\",\"identifierSpace\":\"http://a/\",\"schemaSpace\":\"http://b/\"}").isEmpty(),
                    "a manifest without 0.2 in versions must be invalid");
        assertFalse(ReconciliationSchemas.violations("manifest", "{\"versions\":[\"0.2\"],\"name\":\"x\",\"schemaSpace\":\"http://b/\"}").isEmpty(),
                    "a manifest without identifierSpace must be invalid");
        ReconciliationSchemas.assertValid("reconciliation-result-batch", "{\"q0\":{\"result\":[{\"id\":\"a\",\"name\":\"A\",\"score\":1,\"match\":false}]}}");
        assertFalse(ReconciliationSchemas.violations("reconciliation-result-batch", "{\"q0\":{\"result\":[{\"name\":\"A\",\"score\":1}]}}").isEmpty(),
                    "a candidate without id must be invalid");
        assertFalse(ReconciliationSchemas.violations("reconciliation-result-batch", "{\"q0\":{\"result\":[{\"id\":\"a\",\"name\":\"A\",\"score\":\"high\"}]}}").isEmpty(),
                    "a string score must be invalid");
        assertFalse(ReconciliationSchemas.violations("data-extension-response", "{\"meta\":[],\"rows\":{\"a\":{\"p\":[{\"date\":\"2011-12\"}]}}}").isEmpty(),
                    "a date that is not a date-time must be invalid");
        assertFalse(ReconciliationSchemas.violations("suggest-types-response", "{\"result\":[{\"id\":\"T\"}]}").isEmpty(),
                    "a type without name must be invalid");
        assertFalse(ReconciliationSchemas.violations("data-extension-property-proposal", "{\"properties\":[{\"id\":\"p\"}]}").isEmpty(),
                    "a proposed property without name must be invalid");
    }
}
