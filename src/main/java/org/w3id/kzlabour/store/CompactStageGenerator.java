package org.w3id.kzlabour.store;


import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
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
        if (!(context.getActiveGraph() instanceof CompactGraph graph) || !IdSolutions.isPlain(pattern))
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

    /** The solutions of one pattern under one input binding, found lazily, depth first. */
    private static final class Matches extends QueryIter {
        private final IdSolutions solutions;
        private final Binding parent;
        private final Var[] variables;
        private Binding pending;

        Matches(CompactGraph graph, BasicPattern pattern, Binding parent, ExecutionContext context) {
            super(context);
            this.solutions = new IdSolutions(graph, pattern, parent);
            this.parent = parent;
            this.variables = solutions.variables();
        }

        private Binding solution() {
            BindingBuilder builder = Binding.builder(parent);
            for (int v = 0; v < variables.length; v++)
                builder.add(variables[v], solutions.node(v));
            return builder.build();
        }

        @Override
        protected boolean hasNextBinding() {
            if (pending == null && solutions.next())
                pending = solution();
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
            solutions.stop();
        }

        @Override
        protected void requestCancel() {
            solutions.stop();
        }

        @Override
        public void output(IndentedWriter out, SerializationContext context) {
            out.print("CompactGraph pattern match");
        }
    }
}
