package org.w3id.kzlabour.export;

import java.util.List;

/** Tables that do not match their CSVW metadata: the export stops rather than publish them. */
public final class TableMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public TableMismatchException(List<String> problems) {
        super(problems.size() + " problem(s) with the tables; first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
