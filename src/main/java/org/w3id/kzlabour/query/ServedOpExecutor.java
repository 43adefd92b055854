package org.w3id.kzlabour.query;

import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's operator executor with ORDER BY done by {@link KeyedSort}, and GROUP BY and DISTINCT over a
 * basic graph pattern of the served store done on its ids ({@link GroupByIds}, {@link DistinctByIds});
 * everything else, and every case those do not take, is ARQ's.
 */
final class ServedOpExecutor extends OpExecutor {

    static final OpExecutorFactory FACTORY = ServedOpExecutor::new;

    private ServedOpExecutor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        return new KeyedSort(exec(opOrder.getSubOp(), input), opOrder.getConditions(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        QueryIterator byIds = GroupByIds.over(opGroup, input, execCxt);
        return byIds != null ? byIds : super.execute(opGroup, input);
    }

    @Override
    protected QueryIterator execute(OpDistinct opDistinct, QueryIterator input) {
        QueryIterator byIds = DistinctByIds.over(opDistinct.getSubOp(), input, execCxt);
        return byIds != null ? byIds : super.execute(opDistinct, input);
    }

    @Override
    protected QueryIterator execute(OpReduced opReduced, QueryIterator input) {
        QueryIterator byIds = DistinctByIds.over(opReduced.getSubOp(), input, execCxt);
        return byIds != null ? byIds : super.execute(opReduced, input);
    }
}
