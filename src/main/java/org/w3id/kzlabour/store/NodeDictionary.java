package org.w3id.kzlabour.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The terms of a {@link CompactGraph} (or of all graphs of one dataset), each held once and
 * numbered from 0 in the order first seen. Interning while parsing is also what makes every
 * occurrence of a term the same {@link Node} object, so a value decoded for a literal once
 * ({@link DecodedLiterals}) can be found again by identity.
 *
 * <p>Not thread-safe while terms are added; read-only (and safe to share) once loading is done.
 */
public final class NodeDictionary {

    private final Map<Node, Integer> ids = new HashMap<>();
    private Node[] nodes = new Node[1024];
    private int size;

    /** The id of {@code node}, adding it when new. */
    int intern(Node node) {
        Integer id = ids.get(node);
        if (id != null)
            return id;
        if (size == nodes.length)
            nodes = Arrays.copyOf(nodes, size * 2);
        nodes[size] = node;
        ids.put(node, size);
        return size++;
    }

    /** The id of {@code node}, or -1 when no graph of this dictionary holds it. */
    public int id(Node node) {
        Integer id = ids.get(node);
        return id == null ? -1 : id;
    }

    /** The term with this id. */
    public Node node(int id) {
        return nodes[id];
    }

    /** How many terms there are; ids run from 0 to size - 1. */
    public int size() {
        return size;
    }

    /** Drops the spare capacity left from growing, once loading is done. */
    void trim() {
        nodes = Arrays.copyOf(nodes, size);
    }
}
