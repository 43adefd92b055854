package org.w3id.kzlabour.store;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Symbol;

/**
 * The SPARQL value of every typed literal of a read-only store, decoded once at load.
 *
 * <p>Why: ARQ turns a literal into its value ({@link NodeValue#makeNode}) on every evaluation of an
 * expression that reads it, and for {@code xsd:date} and {@code xsd:integer} that means validating and
 * parsing the lexical form each time (a third of the time of a GROUP BY over {@code YEAR()} and
 * {@code SUM()}, see docs/performance.md). The store's terms are interned ({@link NodeDictionary}),
 * so every occurrence of a literal in a query's bindings is the same object, and the value is found
 * by identity. The values are exactly what {@link NodeValue#makeNode} returns for the same node.
 * They are also kept by term id, with each date's year ({@link #yearKey}), for the engine's id-based
 * operators.
 */
public final class DecodedLiterals {

    /** Context key under which a served dataset carries its decoded literals. */
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/kz-labour/store#decodedLiterals");

    private static final String XSD = XSDDatatype.XSD + "#";

    private final Map<Node, NodeValue> values;
    /** The same values by term id (null where the term is not a decoded literal): 4 bytes per term. */
    private final NodeValue[] byId;

    /** Per term id, the signed year of a valid xsd:date or xsd:dateTime ({@link #yearKey}), or {@link #NO_YEAR}. */
    private final int[] yearKeys;

    /** {@link #yearKey} of a term that is no date or dateTime (or one with a year beyond a few million). */
    public static final int NO_YEAR = CalendarYear.NONE;

    private DecodedLiterals(Map<Node, NodeValue> values, NodeValue[] byId, int[] yearKeys) {
        this.values = values;
        this.byId = byId;
        this.yearKeys = yearKeys;
    }

    /** Decodes every XSD-typed literal of the dictionary except strings (whose value is their text anyway). */
    static DecodedLiterals of(NodeDictionary dictionary) {
        Map<Node, NodeValue> values = new IdentityHashMap<>();
        NodeValue[] byId = new NodeValue[dictionary.size()];
        int[] yearKeys = new int[dictionary.size()];
        Arrays.fill(yearKeys, NO_YEAR);
        for (int id = 0; id < dictionary.size(); id++) {
            Node node = dictionary.node(id);
            if (isDecodable(node)) {
                byId[id] = NodeValue.makeNode(node);
                values.put(node, byId[id]);
                yearKeys[id] = CalendarYear.keyOf(byId[id]);
            }
        }
        return new DecodedLiterals(values, byId, yearKeys);
    }

    private static boolean isDecodable(Node node) {
        if (!node.isLiteral() || !node.getLiteralLanguage().isEmpty())
            return false;
        String datatype = node.getLiteralDatatypeURI();
        return datatype != null && datatype.startsWith(XSD) && !datatype.equals(XSDDatatype.XSDstring.getURI());
    }

    /** The value of this exact node object, or null when it is not a decoded literal of the store. */
    public NodeValue value(Node node) {
        return values.get(node);
    }

    /**
     * The value of the term with this id in the store's dictionary, or null when it is not a decoded
     * literal: an array read, for the engine's id-based operators ({@code IdRows}), which know ids.
     */
    public NodeValue value(int id) {
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /**
     * A key of the year of the term with this id when it is a valid {@code xsd:date} or
     * {@code xsd:dateTime}: equal keys have the same {@code YEAR()} in ARQ ({@link CalendarYear}), read
     * at load so that grouping events by year touches no date object; {@link #NO_YEAR} otherwise.
     */
    public int yearKey(int id) {
        return id >= 0 && id < yearKeys.length ? yearKeys[id] : NO_YEAR;
    }

    /** How many literals were decoded. */
    public int size() {
        return values.size();
    }
}
