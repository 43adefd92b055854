package org.w3id.kzlabour.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.expr.aggregate.*;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * GROUP BY over a basic graph pattern (with the BINDs and FILTERs directly above it) on the served
 * store, grouped by the rows' term codes instead of by bindings: the same groups and values as ARQ's
 * {@code QueryIterGroup} (its key evaluation, its accumulators fed the same rows in the same order,
 * its empty-input rules), but no binding is built or hashed per row.
 *
 * <p>Why: ARQ's grouping makes a key binding per input row and hashes it, and its input makes a
 * binding per row and join step; for {@code GROUP BY (YEAR(?date))} over 50,000 events that was most
 * of the query (docs/performance.md, issue 15). The accumulators are ARQ's own, limited to those that
 * read each row and forget it ({@link #ACCUMULATING}); {@code COUNT(DISTINCT *)} keeps rows and custom
 * aggregates may, so a group with one of them is ARQ's.
 */
final class GroupByIds extends QueryIter {

    /** Aggregates whose accumulators keep values, never the row binding. */
    private static final Set<Class<?>> ACCUMULATING = Set.of(
            AggCount.class, AggCountVar.class, AggCountVarDistinct.class, AggSum.class, AggSumDistinct.class,
            AggAvg.class, AggAvgDistinct.class, AggMin.class, AggMinDistinct.class, AggMax.class,
            AggMaxDistinct.class, AggSample.class, AggSampleDistinct.class, AggGroupConcat.class,
            AggGroupConcatDistinct.class);

    private final QueryIterator input;
    private final IdRows rows;
    private final Var[] keyVariables;
    private final RowColumn[] keyColumns;
    private final List<ExprAggregator> aggregators;
    private final boolean[] countsRows;
    private final int[] summedVariables;
    private Iterator<Binding> results;

    private GroupByIds(QueryIterator input, IdRows rows, OpGroup group, ExecutionContext context) {
        super(context);
        this.input = input;
        this.rows = rows;
        VarExprList keys = group.getGroupVars();
        this.keyVariables = keys.getVars().toArray(new Var[0]);
        this.keyColumns = new RowColumn[keyVariables.length];
        for (int k = 0; k < keyVariables.length; k++) {
            Expr expr = keys.getExpr(keyVariables[k]);
            keyColumns[k] = expr == null ? rows.column(keyVariables[k]) : rows.column(expr);
        }
        this.aggregators = group.getAggregators();
        this.countsRows = new boolean[aggregators.size()];
        this.summedVariables = new int[aggregators.size()];
        for (int a = 0; a < countsRows.length; a++) {
            countsRows[a] = countsRows(aggregators.get(a).getAggregator(), rows);
            summedVariables[a] = summedVariable(aggregators.get(a).getAggregator(), rows);
        }
    }

    /** The grouping on ids when {@code group} can be done so here; otherwise null (ARQ's then). */
    static QueryIterator over(OpGroup group, QueryIterator input, ExecutionContext context) {
        if (!input.isJoinIdentity())
            return null;
        for (ExprAggregator aggregator : group.getAggregators()) {
            Aggregator agg = aggregator.getAggregator();
            if (!ACCUMULATING.contains(agg.getClass()))
                return null;
            if (agg.getExprList() != null && !agg.getExprList().getList().stream().allMatch(RowExpressions::readOnlyTheRow))
                return null;
        }
        VarExprList keys = group.getGroupVars();
        for (Var v : keys.getVars())
            if (!RowExpressions.readOnlyTheRow(keys.getExpr(v)))
                return null;
        IdRows rows = IdRows.of(group.getSubOp(), context);
        return rows == null ? null : new GroupByIds(input, rows, group, context);
    }

    @Override
    protected boolean hasNextBinding() {
        if (results == null)
            results = group().iterator();
        return results.hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return results.next();
    }

    private List<Binding> group() {
        Map<Object, Group> groups = new LinkedHashMap<>();
        int[] codes = new int[keyColumns.length];
        Binding row = rows.binding();
        while (rows.next()) {
            for (int k = 0; k < codes.length; k++)
                codes[k] = keyColumns[k].code();
            Object key = GroupKey.of(codes);
            Group group = groups.get(key);
            if (group == null) {
                group = new Group(codes.clone(), newAccumulators());
                groups.put(key, group);
            }
            for (Accumulator accumulator : group.accumulators)
                accumulator.accumulate(row, getExecContext());
        }
        if (groups.isEmpty())
            return emptyInput();
        List<Binding> out = new ArrayList<>(groups.size());
        for (Group group : groups.values())
            out.add(result(group));
        return out;
    }

    private Accumulator[] newAccumulators() {
        Accumulator[] accumulators = new Accumulator[aggregators.size()];
        for (int a = 0; a < accumulators.length; a++)
            accumulators[a] = countsRows[a] ? new RowCount()
                    : summedVariables[a] >= 0 ? new RowSum(rows, summedVariables[a])
                    : aggregators.get(a).getAggregator().createAccumulator();
        return accumulators;
    }

    /**
     * {@code COUNT(?v)} of a variable of the pattern: every row binds it, so ARQ's accumulator (which
     * evaluates the variable and counts the values that are not errors) counts the rows.
     */
    private static boolean countsRows(Aggregator aggregator, IdRows rows) {
        return aggregator instanceof AggCountVar && patternArgument(aggregator, rows) >= 0;
    }

    /** For {@code SUM(?v)} of a pattern variable on a store with decoded values: the variable's index; else -1. */
    private static int summedVariable(Aggregator aggregator, IdRows rows) {
        return aggregator instanceof AggSum && rows.hasDecodedValues() ? patternArgument(aggregator, rows) : -1;
    }

    /** The index of the pattern variable that is the aggregate's one argument (as the decoding engine wraps it), or -1. */
    private static int patternArgument(Aggregator aggregator, IdRows rows) {
        Expr expr = aggregator.getExprList().get(0);
        if (expr instanceof DecodedValueEngine.DecodedArgument argument)
            expr = argument.getArg();
        return expr instanceof ExprVar variable ? rows.patternIndex(variable.asVar()) : -1;
    }

    /** The accumulator of {@code COUNT(?v)} when every row binds {@code ?v}: the number of rows. */
    private static final class RowCount implements Accumulator {
        private long rows;

        @Override
        public void accumulate(Binding binding, FunctionEnv functionEnv) {
            rows++;
        }

        @Override
        public NodeValue getValue() {
            return NodeValue.makeInteger(rows);
        }
    }

    private Binding result(Group group) {
        BindingBuilder builder = Binding.builder();
        for (int k = 0; k < keyVariables.length; k++) {
            Node node = keyColumns[k].node(group.codes[k]);
            if (node != null)
                builder.add(keyVariables[k], node);
        }
        for (int a = 0; a < group.accumulators.length; a++) {
            NodeValue value = group.accumulators[a].getValue();
            if (value != null)
                builder.add(aggregators.get(a).getVar(), value.asNode());
        }
        return builder.build();
    }

    /** ARQ's rules for no input: no groups under GROUP BY, else one row of the aggregates' empty values. */
    private List<Binding> emptyInput() {
        if (keyVariables.length > 0)
            return List.of();
        BindingBuilder builder = Binding.builder();
        for (ExprAggregator aggregator : aggregators) {
            Node value = aggregator.getAggregator().getValueEmpty();
            if (value != null)
                builder.add(aggregator.getVar(), value);
        }
        return List.of(builder.build());
    }

    /**
     * {@code SUM(?v)} of a pattern variable, read from the decoded values, with integers added as longs:
     * exactly ARQ's {@code AccSum} (the first value kept as it is, later ones added by
     * {@link XSDFuncOp#numAdd}, any value that is not a number an error that unbinds the sum). Integer
     * addition is exact, so ARQ's total is the integers' sum up to the first value of another numeric
     * type, and from there on ARQ's own addition goes on.
     *
     * <p>Why: ARQ made a new {@code BigInteger} and {@link NodeValue} per row, after evaluating the
     * variable through its expression machinery (a third of {@code SUM(?count)} per year over 48,780 events).
     */
    private static final class RowSum implements Accumulator {
        private final IdRows rows;
        private final int variable;
        private long sum;
        private BigInteger bigSum;
        private int integers;
        private NodeValue first;
        private NodeValue total;
        private boolean generic;
        private boolean error;

        RowSum(IdRows rows, int variable) {
            this.rows = rows;
            this.variable = variable;
        }

        @Override
        public void accumulate(Binding binding, FunctionEnv functionEnv) {
            if (error)
                return;
            NodeValue value = rows.decodedValue(variable);
            if (value == null || !value.isNumber()) {
                error = true;
                return;
            }
            if (generic) {
                total = XSDFuncOp.numAdd(value, total);
            } else if (value.isInteger()) {
                if (integers++ == 0)
                    first = value;
                add(value.getInteger());
            } else {
                NodeValue soFar = integersTotal();
                generic = true;
                total = soFar == null ? value : XSDFuncOp.numAdd(value, soFar);
            }
        }

        private void add(BigInteger value) {
            if (bigSum == null && value.bitLength() < 63) {
                long v = value.longValue();
                long r = sum + v;
                if (((sum ^ r) & (v ^ r)) >= 0) {
                    sum = r;
                    return;
                }
            }
            bigSum = (bigSum == null ? BigInteger.valueOf(sum) : bigSum).add(value);
        }

        private NodeValue integersTotal() {
            if (integers == 0)
                return null;
            if (integers == 1)
                return first;
            return NodeValue.makeInteger(bigSum != null ? bigSum : BigInteger.valueOf(sum));
        }

        @Override
        public NodeValue getValue() {
            if (error)
                return null;
            return generic ? total : integersTotal();
        }
    }

    private record Group(int[] codes, Accumulator[] accumulators) {
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
        out.print("GROUP BY on store ids");
    }
}
