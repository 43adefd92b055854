package org.w3id.kzlabour.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/**
 * The solutions of a basic graph pattern on a {@link CompactGraph}, as term ids: a depth-first
 * nested-loop join over the graph's sorted id ranges that compares integers and allocates nothing per
 * solution. A cursor: {@link #next()} moves to the next solution, {@link #id(int)} reads a variable.
 *
 * <p>Why: it is shared by the stage generator (which makes a {@link Binding} per solution) and by the
 * engine's grouping and DISTINCT on ids, which need no binding for most rows at all.
 */
public final class IdSolutions {

    private static final ReorderTransformation REORDER = ReorderLib.fixed();

    private final CompactGraph graph;
    private final int levels;
    /** Per level and slot (s, p, o): a constant id (>= 0) or -1 - index of a variable. */
    private final int[][] terms;
    /** Per level and slot: true where the slot's variable gets its value (its first place in the join). */
    private final boolean[][] assigns;
    private final Var[] variables;
    private final int[] firstLevel;
    private final int[] values;
    private final CompactGraph.IdRange[] ranges;
    private final int[] next;
    private boolean empty;
    /** Set from another thread (a time-out, a cancelled request): the search stops within a few thousand steps. */
    private volatile boolean stopped;
    private int steps;
    private boolean started;
    private int level;

    /**
     * The solutions of {@code pattern}, joined in the given order, with the variables bound in
     * {@code parent} taken as constants (a value absent from the graph means no solutions).
     */
    public IdSolutions(CompactGraph graph, BasicPattern pattern, Binding parent) {
        this.graph = graph;
        List<Triple> triples = pattern.getList();
        this.levels = triples.size();
        this.terms = new int[levels][3];
        this.assigns = new boolean[levels][3];
        Map<Var, Integer> indexes = new HashMap<>();
        for (int l = 0; l < levels; l++) {
            Triple t = triples.get(l);
            Node[] nodes = {t.getSubject(), t.getPredicate(), t.getObject()};
            for (int slot = 0; slot < 3; slot++)
                terms[l][slot] = code(nodes[slot], indexes, parent);
        }
        this.variables = new Var[indexes.size()];
        indexes.forEach((v, i) -> variables[i] = v);
        this.firstLevel = new int[variables.length];
        Arrays.fill(firstLevel, -1);
        for (int l = 0; l < levels; l++)
            for (int slot = 0; slot < 3; slot++) {
                int code = terms[l][slot];
                if (code < 0 && firstLevel[-1 - code] < 0) {
                    firstLevel[-1 - code] = l;
                    assigns[l][slot] = true;
                }
            }
        this.values = new int[variables.length];
        this.ranges = new CompactGraph.IdRange[levels];
        for (int l = 0; l < levels; l++)
            ranges[l] = new CompactGraph.IdRange();
        this.next = new int[levels];
        if (levels == 0)
            empty = true;
    }

    /** The join order of stock ARQ's generic matcher for a pattern with no input bindings. */
    public static BasicPattern joinOrder(BasicPattern pattern) {
        return pattern.size() < 2 ? pattern : REORDER.reorderIndexes(pattern).reorder(pattern);
    }

    /** Only variables and concrete terms (no RDF-star triple terms, which may hold variables), and not empty. */
    public static boolean isPlain(BasicPattern pattern) {
        for (Triple t : pattern)
            if (t.getSubject().isTripleTerm() || t.getPredicate().isTripleTerm() || t.getObject().isTripleTerm())
                return false;
        return !pattern.isEmpty();
    }

    /** The pattern's variables not bound by the parent binding, in the order of {@link #id(int)}. */
    public Var[] variables() {
        return variables.clone();
    }

    /** The number of variables. */
    public int width() {
        return variables.length;
    }

    /** The index of a variable of the pattern, or -1. */
    public int indexOf(Var variable) {
        for (int v = 0; v < variables.length; v++)
            if (variables[v].equals(variable))
                return v;
        return -1;
    }

    /** The id of variable {@code v} in the current solution. */
    public int id(int v) {
        return values[v];
    }

    /** The term of variable {@code v} in the current solution. */
    public Node node(int v) {
        return graph.dictionary().node(values[v]);
    }

    /** The graph's dictionary, which turns ids into terms. */
    public NodeDictionary dictionary() {
        return graph.dictionary();
    }

    /** Ends the enumeration, from any thread: {@link #next()} returns false from now on. */
    public void stop() {
        stopped = true;
    }

    /** Whether {@link #stop()} was called. */
    public boolean isStopped() {
        return stopped;
    }

    /** A pattern term as a code; a term absent from the graph (constant or input value) empties the pattern. */
    private int code(Node node, Map<Var, Integer> indexes, Binding parent) {
        if (Var.isVar(node)) {
            Var v = Var.alloc(node);
            Node value = parent == null ? null : parent.get(v);
            if (value == null)
                return -1 - indexes.computeIfAbsent(v, k -> indexes.size());
            node = value;
        }
        int id = graph.idOf(node);
        if (id < 0) {
            empty = true;
            return 0;
        }
        return id;
    }

    private void open(int l) {
        int s = slotId(l, 0);
        int p = slotId(l, 1);
        int o = slotId(l, 2);
        graph.seek(s, p, o, ranges[l]);
        next[l] = ranges[l].from;
    }

    private int slotId(int l, int slot) {
        int code = terms[l][slot];
        return code >= 0 ? code : firstLevel[-1 - code] < l ? values[-1 - code] : CompactGraph.ANY;
    }

    /** Takes the triple at an SPO position for this level: assigns new variables, checks repeated ones. */
    private boolean accept(int l, int position) {
        for (int slot = 0; slot < 3; slot++) {
            int code = terms[l][slot];
            if (code >= 0)
                continue;
            int v = -1 - code;
            if (firstLevel[v] != l)
                continue;
            int id = graph.idAt(slot, position);
            if (assigns[l][slot])
                values[v] = id;
            else if (values[v] != id)
                return false;
        }
        return true;
    }

    /** Moves to the next solution; false when there are no more. */
    public boolean next() {
        return nextPartial(levels);
    }

    /**
     * Moves to the next match of the first {@code depth} patterns only (the later ones are not
     * matched): with {@link #completes(int)}, DISTINCT can skip every completion of a prefix whose
     * projected values it has seen already.
     */
    public boolean nextPartial(int depth) {
        if (empty || stopped)
            return false;
        if (!started) {
            started = true;
            level = 0;
            open(0);
        } else {
            level = depth - 1;
        }
        if (search(0, depth))
            return true;
        empty = true;
        return false;
    }

    /**
     * Whether the current match of the first {@code depth} patterns extends to a whole solution (the
     * first one found is then the current solution); the next {@link #nextPartial(int)} goes on from
     * the prefix.
     */
    public boolean completes(int depth) {
        if (empty || stopped)
            return false;
        if (depth >= levels)
            return true;
        level = depth;
        open(depth);
        return search(depth, levels);
    }

    /** Depth-first search over levels from {@code floor}, until level {@code depth - 1} accepts a triple. */
    private boolean search(int floor, int depth) {
        while (level >= floor) {
            if ((++steps & 4095) == 0 && stopped) {
                empty = true;
                return false;
            }
            CompactGraph.IdRange range = ranges[level];
            if (next[level] >= range.to) {
                level--;
                continue;
            }
            int at = next[level]++;
            int position = range.positions == null ? at : range.positions[at];
            if (!accept(level, position))
                continue;
            if (level == depth - 1)
                return true;
            level++;
            open(level);
        }
        return false;
    }

    /**
     * How many patterns of the join order bind every one of {@code wanted} that the pattern has
     * (the first level after which they are all known).
     */
    public int depthBinding(Collection<Var> wanted) {
        int depth = 0;
        for (Var w : wanted) {
            int v = indexOf(w);
            if (v >= 0)
                depth = Math.max(depth, firstLevel[v] + 1);
        }
        return depth;
    }

    /**
     * A join order for the solutions' projection on {@code projected}: the patterns that mention a
     * projected variable first (in ARQ's order among themselves), then the rest, which only decide
     * whether a projection has a solution at all. Only when those first patterns are connected
     * (each shares a variable with an earlier one), so that no cross product is made; otherwise ARQ's order.
     */
    public static BasicPattern orderForProjection(BasicPattern pattern, Collection<Var> projected) {
        BasicPattern mentioning = new BasicPattern();
        BasicPattern rest = new BasicPattern();
        for (Triple t : pattern)
            (Collections.disjoint(variablesOf(t), projected) ? rest : mentioning).add(t);
        if (mentioning.isEmpty() || rest.isEmpty())
            return joinOrder(pattern);
        BasicPattern first = joinOrder(mentioning);
        Set<Var> seen = new HashSet<>();
        for (Triple t : first) {
            Set<Var> vars = variablesOf(t);
            if (!seen.isEmpty() && Collections.disjoint(seen, vars))
                return joinOrder(pattern);
            seen.addAll(vars);
        }
        BasicPattern ordered = new BasicPattern(first);
        ordered.addAll(joinOrder(rest));
        return ordered;
    }

    private static Set<Var> variablesOf(Triple t) {
        Set<Var> vars = new HashSet<>();
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
            if (Var.isVar(n))
                vars.add(Var.alloc(n));
        return vars;
    }
}
