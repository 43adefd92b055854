package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Codes for the terms that one query computes (BIND values, GROUP BY expressions), which are not
 * terms of the store and so have no store id: the first distinct term is 0, the next 1, and so on.
 * The code of "no value" (unbound, or an evaluation error) is {@link #NONE}.
 */
final class LocalTerms {

    static final int NONE = -1;

    private final Map<Node, Integer> codes = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();

    int code(Node node) {
        if (node == null)
            return NONE;
        Integer code = codes.get(node);
        if (code != null)
            return code;
        codes.put(node, nodes.size());
        nodes.add(node);
        return nodes.size() - 1;
    }

    Node node(int code) {
        return code == NONE ? null : nodes.get(code);
    }
}
