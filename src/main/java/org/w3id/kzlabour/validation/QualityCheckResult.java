package org.w3id.kzlabour.validation;

import java.util.List;
import java.util.Map;

/**
 * The rows one quality check returned: each row is a violation, so an empty result means the check passes.
 *
 * <p>Why: callers print or assert on the rows, keyed by variable name, without holding Jena result sets
 * open after the query execution has ended.
 *
 * @param check the check that was run
 * @param rows  one map per result row, from variable name to the value in Turtle-like short form
 */
public record QualityCheckResult(QualityCheck check, List<Map<String, String>> rows) {

    /** True when the check found no violation. */
    public boolean passed() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        return check.name() + ": " + rows.size() + " row(s)" + (rows.isEmpty() ? "" : " " + rows);
    }
}
