package org.w3id.kzlabour.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * Matches basic graph patterns on a {@link CompactGraph} by ids: a nested-loop join over the graph's
 * sorted id ranges that compares integers, and makes a {@link Binding} only for a complete solution.
 *
 * <p>Why: ARQ's generic matcher asks the graph one {@code find} per pattern and partial solution,
 * checks every returned triple term by term ({@link Node#equals}) and builds a binding at every
 * step of the join. The patterns are reordered exactly as ARQ's generic matcher does
 * ({@link ReorderLib#fixed()}), so the join order, and the rows, are those of stock ARQ. Any other
 * graph (a union, a dynamic dataset) and any pattern with an RDF-star triple term goes to ARQ's own
 * generator. Cancellation and time-outs act through {@link QueryIter} as for every ARQ iterator.
 */
public final class CompactStageGenerator implements StageGenerator {

    private static final ReorderTransformation REORDER = ReorderLib.fixed();

    private final StageGenerator fallback;

    public CompactStageGenerator(StageGenerator fallback) {
        this.fallback = fallback;
    }

    @Override
    public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext context) {
        if (!(context.getActiveGraph() instanceof CompactGraph graph) || !isPlain(pattern))
            return fallback.execute(pattern, input, context);
        if (!input.hasNext())
            return input;
        BasicPattern ordered = pattern;
        if (pattern.size() >= 2) {
            BasicPattern grounded = pattern;
            if (!input.isJoinIdentity()) {
                QueryIterPeek peek = QueryIterPeek.create(input, context);
                input = peek;
                grounded = Substitute.substitute(pattern, peek.peek());
            }
            ordered = REORDER.reorderIndexes(grounded).reorder(pattern);
        }
        BasicPattern stagePattern = ordered;
        return new QueryIterRepeatApply(input, context) {
            @Override
            protected QueryIterator nextStage(Binding binding) {
                return new Matches(graph, stagePattern, binding, getExecContext());
            }
        };
    }

    /** Only variables and concrete terms (no RDF-star triple terms, which may hold variables). */
    private static boolean isPlain(BasicPattern pattern) {
        for (Triple t : pattern)
            if (t.getSubject().isTripleTerm() || t.getPredicate().isTripleTerm() || t.getObject().isTripleTerm())
                return false;
        return !pattern.isEmpty();
    }

    /** The solutions of one pattern under one input binding, found lazily, depth first. */
    private static final class Matches extends QueryIter {
        private final CompactGraph graph;
        private final Binding parent;
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
        private boolean started;
        private int level;
        private Binding pending;

        Matches(CompactGraph graph, BasicPattern pattern, Binding parent, ExecutionContext context) {
            super(context);
            this.graph = graph;
            this.parent = parent;
            List<Triple> triples = pattern.getList();
            this.levels = triples.size();
            this.terms = new int[levels][3];
            this.assigns = new boolean[levels][3];
            Map<Var, Integer> indexes = new HashMap<>();
            for (int l = 0; l < levels; l++) {
                Triple t = triples.get(l);
                Node[] nodes = {t.getSubject(), t.getPredicate(), t.getObject()};
                for (int slot = 0; slot < 3; slot++)
                    terms[l][slot] = code(nodes[slot], indexes, l, slot);
            }
            this.variables = new Var[indexes.size()];
            indexes.forEach((v, i) -> variables[i] = v);
            this.firstLevel = new int[variables.length];
            java.util.Arrays.fill(firstLevel, -1);
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
        }

        /** A pattern term as a code; a term absent from the graph (constant or input value) empties the stage. */
        private int code(Node node, Map<Var, Integer> indexes, int l, int slot) {
            if (Var.isVar(node)) {
                Var v = Var.alloc(node);
                Node value = parent.get(v);
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
            int[] ids = new int[3];
            for (int slot = 0; slot < 3; slot++) {
                int code = terms[l][slot];
                ids[slot] = code >= 0 ? code : firstLevel[-1 - code] < l ? values[-1 - code] : CompactGraph.ANY;
            }
            graph.seek(ids[0], ids[1], ids[2], ranges[l]);
            next[l] = ranges[l].from;
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

        private Binding advance() {
            if (empty)
                return null;
            if (!started) {
                started = true;
                level = 0;
                open(0);
            }
            while (level >= 0) {
                CompactGraph.IdRange range = ranges[level];
                if (next[level] >= range.to) {
                    level--;
                    continue;
                }
                int at = next[level]++;
                int position = range.positions == null ? at : range.positions[at];
                if (!accept(level, position))
                    continue;
                if (level == levels - 1)
                    return solution();
                level++;
                open(level);
            }
            empty = true;
            return null;
        }

        private Binding solution() {
            BindingBuilder builder = Binding.builder(parent);
            for (int v = 0; v < variables.length; v++)
                builder.add(variables[v], graph.dictionary().node(values[v]));
            return builder.build();
        }

        @Override
        protected boolean hasNextBinding() {
            if (pending == null)
                pending = advance();
            return pending != null;
        }

        @Override
        protected Binding moveToNextBinding() {
            Binding b = pending;
            pending = null;
            return b;
        }

        @Override
        protected void closeIterator() {
            empty = true;
        }

        @Override
        protected void requestCancel() {
            empty = true;
        }

        @Override
        public void output(IndentedWriter out, SerializationContext context) {
            out.print("CompactGraph pattern match");
        }
    }
}
