package org.w3id.kzlabour.validation;

import org.apache.jena.query.Query;

/**
 * One quality-check query ({@code queries/qc/NAME-violation.rq}).
 *
 * <p>Why: a check is more than its SPARQL text: reports need its name and the header comment that
 * says what it checks, so that a failing build tells the reader what to fix.
 *
 * @param name        the file name without {@code .rq}, for example {@code missing-label-violation}
 * @param description the query's leading comment lines, without the {@code #}
 * @param query       the parsed SELECT query; every row it returns is one violation
 */
public record QualityCheck(String name, String description, Query query) {
}
