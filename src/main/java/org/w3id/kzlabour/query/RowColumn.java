package org.w3id.kzlabour.query;

import org.apache.jena.graph.Node;

/**
 * One value of the current row of {@link IdRows} as an integer code (a store id or a
 * {@link LocalTerms} code, {@link LocalTerms#NONE} when there is no value), and the term of a code.
 * Rows are grouped and made distinct by comparing codes, and a term is made only for each output row.
 */
interface RowColumn {

    int code();

    Node node(int code);
}
