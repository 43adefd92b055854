package org.w3id.kzlabour.store;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueDateTime;

/**
 * The year of a valid {@code xsd:date} or {@code xsd:dateTime} as a key: ARQ's {@code YEAR()} is the
 * integer literal made from the sign and year digits of the lexical form, so two values with the same
 * key have the same {@code YEAR()}. A valid form's year digits are determined by their number (four
 * digits, or more without leading zeros); the key keeps the digit count too, to be safe.
 *
 * <p>Why: grouping 48,780 events by {@code YEAR(?date)} spent most of its time reaching each of 8,377
 * date objects (value, node, label, lexical string: a chain of cache misses) to find its year;
 * with the key read once at load, a row's year is one array read (docs/performance.md, issue 15).
 */
public final class CalendarYear {

    /** The key of a value that is no valid date or dateTime, or whose year is beyond a million. */
    public static final int NONE = Integer.MIN_VALUE;

    private static final int MAX_DIGITS = 7;

    private CalendarYear() {
    }

    /** The year key of {@code value}, or {@link #NONE}; keys lie within ±2^30. */
    public static int keyOf(NodeValue value) {
        if (!(value instanceof NodeValueDateTime) || !value.isLiteral())
            return NONE;
        Node node = value.asNode();
        RDFDatatype datatype = node.getLiteralDatatype();
        if (datatype != XSDDatatype.XSDdate && datatype != XSDDatatype.XSDdateTime)
            return NONE;
        String lexical = node.getLiteralLexicalForm();
        boolean negative = lexical.startsWith("-");
        int at = negative ? 1 : 0;
        int year = 0;
        int digits = 0;
        for (; at < lexical.length() && lexical.charAt(at) != '-'; at++, digits++) {
            char c = lexical.charAt(at);
            if (c < '0' || c > '9' || digits >= MAX_DIGITS)
                return NONE;
            year = year * 10 + (c - '0');
        }
        if (digits < 4 || at == lexical.length())
            return NONE;
        int key = year * 10 + digits;
        return negative ? -key - 1 : key;
    }
}
