package org.w3id.kzlabour.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * DISTINCT (or REDUCED) over the projection of a basic graph pattern (with the BINDs and FILTERs
 * directly above it) on the served store, made distinct by the projected terms' codes: the rows of
 * ARQ's {@code QueryIterDistinct} over {@code QueryIterProject}, built only for rows not seen before.
 * For a plain pattern the patterns that bind the projected variables are joined first, and the rest
 * only checked for one solution when the projection is new ({@link IdRows#forProjection}); the rows
 * are then the same but may come in another order (DISTINCT without ORDER BY promises none).
 *
 * <p>Why: {@code SELECT DISTINCT ?town ?type} over 150,000 event-participant rows made and hashed a
 * binding per row in ARQ, to keep a few hundred (docs/performance.md, issue 15).
 */
final class DistinctByIds extends QueryIter {

    private final QueryIterator input;
    private final IdRows rows;
    private final Var[] variables;
    private final RowColumn[] columns;
    private final Set<Object> seen = new HashSet<>();
    private final int[] codes;
    private Binding pending;

    private DistinctByIds(QueryIterator input, IdRows rows, List<Var> projected, ExecutionContext context) {
        super(context);
        this.input = input;
        this.rows = rows;
        this.variables = projected.toArray(new Var[0]);
        this.columns = new RowColumn[variables.length];
        for (int v = 0; v < variables.length; v++)
            columns[v] = rows.column(variables[v]);
        this.codes = new int[variables.length];
    }

    /** DISTINCT on ids when {@code sub} is a projection that can be read so here; otherwise null (ARQ's then). */
    static QueryIterator over(Op sub, QueryIterator input, ExecutionContext context) {
        if (!input.isJoinIdentity() || !(sub instanceof OpProject project))
            return null;
        IdRows rows = IdRows.forProjection(project.getSubOp(), project.getVars(), context);
        return rows == null ? null : new DistinctByIds(input, rows, project.getVars(), context);
    }

    @Override
    protected boolean hasNextBinding() {
        while (pending == null && rows.nextPrefix()) {
            for (int v = 0; v < codes.length; v++)
                codes[v] = columns[v].code();
            Object key = GroupKey.of(codes);
            if (!seen.contains(key) && rows.completesPrefix()) {
                seen.add(key);
                pending = projection();
            }
        }
        return pending != null;
    }

    private Binding projection() {
        BindingBuilder builder = Binding.builder();
        for (int v = 0; v < variables.length; v++) {
            Node node = columns[v].node(codes[v]);
            if (node != null)
                builder.add(variables[v], node);
        }
        return builder.build();
    }

    @Override
    protected Binding moveToNextBinding() {
        Binding b = pending;
        pending = null;
        return b;
    }

    @Override
    protected void closeIterator() {
        input.close();
    }

    @Override
    protected void requestCancel() {
        rows.cancel();
    }

    @Override
    public void output(IndentedWriter out, SerializationContext context) {
        out.print("DISTINCT on store ids");
    }
}
