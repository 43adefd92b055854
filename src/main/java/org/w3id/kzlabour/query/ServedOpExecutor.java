package org.w3id.kzlabour.query;

import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/** ARQ's operator executor with ORDER BY done by {@link KeyedSort}; everything else is ARQ's. */
final class ServedOpExecutor extends OpExecutor {

    static final OpExecutorFactory FACTORY = ServedOpExecutor::new;

    private ServedOpExecutor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        return new KeyedSort(exec(opOrder.getSubOp(), input), opOrder.getConditions(), execCxt);
    }
}
