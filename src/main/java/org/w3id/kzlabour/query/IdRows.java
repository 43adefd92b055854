package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.scripting.ScriptDenyException;
import org.w3id.kzlabour.store.CompactGraph;
import org.w3id.kzlabour.store.DecodedLiterals;
import org.w3id.kzlabour.store.IdSolutions;

/**
 * The rows of a basic graph pattern on the served store, with the BINDs and FILTERs directly above
 * it ({@code (filter (extend (bgp)))} and any such chain), read from the store's ids: the operand of
 * {@link GroupByIds} and {@link DistinctByIds}.
 *
 * <p>Each row's values are reachable as codes ({@link #column(Var)}, {@link #column(Expr)}) and as one
 * reused {@link RowBinding} for expressions. BIND and FILTER are evaluated as ARQ's
 * {@code QueryIterAssign} and {@code QueryIterFilterExpr} do (an error leaves the variable unbound,
 * rejects the row), on the same rows in the same order, since the pattern is joined in ARQ's order.
 *
 * <p>Why: the operand of a GROUP BY or DISTINCT is read once and thrown away; ARQ builds a binding per
 * row (and per join step) only for the grouping to hash it again.
 */
final class IdRows {

    private static final int CANCEL_CHECK = 1024;

    private final IdSolutions solutions;
    private final Var[] patternVariables;
    private final Var[] boundVariables;
    private final List<Step> steps;
    private final RowBinding row;
    private final ExecutionContext context;
    private final LocalTerms terms = new LocalTerms();
    private final int[] boundCodes;
    private final DecodedLiterals literals;
    /** How many patterns {@link #nextPrefix()} matches (all of them unless made for a projection). */
    private final int prefixDepth;
    /** How many triple patterns there are. */
    private final int patterns;
    private volatile boolean cancelled;
    private long read;

    private IdRows(IdSolutions solutions, int patterns, List<Var> bound, List<StepPlan> plans, int prefixDepth, ExecutionContext context) {
        this.solutions = solutions;
        this.patterns = patterns;
        this.prefixDepth = prefixDepth;
        this.patternVariables = solutions.variables();
        this.boundVariables = bound.toArray(new Var[0]);
        this.row = new RowBinding(solutions, patternVariables, boundVariables);
        this.context = context;
        this.boundCodes = new int[boundVariables.length];
        this.literals = context.getContext() == null ? null : context.getContext().get(DecodedLiterals.SYMBOL);
        this.steps = new ArrayList<>();
        for (StepPlan plan : plans)
            steps.add(plan.filters == null ? new BindStep(plan.target, column(plan.expr)) : new FilterStep(plan.filters));
    }

    /**
     * The rows of {@code op} when it is a chain of BIND and FILTER over a basic graph pattern on a
     * {@link CompactGraph}, and every expression only reads its row; null otherwise.
     */
    static IdRows of(Op op, ExecutionContext context) {
        return of(op, null, context);
    }

    /**
     * The rows of {@code op} (as {@link #of(Op, ExecutionContext)}) for a projection on
     * {@code projected}: a plain pattern is then joined with the patterns that mention projected
     * variables first ({@link IdSolutions#orderForProjection}), so that {@link #nextPrefix()} and
     * {@link #completesPrefix()} can skip a projection seen before without completing it.
     */
    static IdRows forProjection(Op op, List<Var> projected, ExecutionContext context) {
        return of(op, projected, context);
    }

    private static IdRows of(Op op, List<Var> projected, ExecutionContext context) {
        if (!(context.getActiveGraph() instanceof CompactGraph graph))
            return null;
        List<Op> chain = new ArrayList<>();
        Op at = op;
        while (at instanceof OpExtend || at instanceof OpFilter) {
            chain.add(at);
            at = at instanceof OpExtend e ? e.getSubOp() : ((OpFilter) at).getSubOp();
        }
        if (!(at instanceof OpBGP bgp) || !IdSolutions.isPlain(bgp.getPattern()))
            return null;
        Collections.reverse(chain);
        boolean pruning = projected != null && chain.isEmpty();
        IdSolutions solutions = new IdSolutions(graph, pruning
                ? IdSolutions.orderForProjection(bgp.getPattern(), projected)
                : IdSolutions.joinOrder(bgp.getPattern()), null);
        Set<Var> scope = new HashSet<>(List.of(solutions.variables()));
        List<Var> bound = new ArrayList<>();
        List<StepPlan> plans = new ArrayList<>();
        for (Op step : chain) {
            if (step instanceof OpExtend extend) {
                for (Var v : extend.getVarExprList().getVars()) {
                    Expr expr = extend.getVarExprList().getExpr(v);
                    if (expr == null || !RowExpressions.readOnlyTheRow(expr) || !scope.add(v))
                        return null;
                    plans.add(new StepPlan(bound.size(), expr, null));
                    bound.add(v);
                }
            } else {
                List<Expr> filters = ((OpFilter) step).getExprs().getList();
                if (!filters.stream().allMatch(RowExpressions::readOnlyTheRow))
                    return null;
                plans.add(new StepPlan(-1, null, filters));
            }
        }
        int depth = pruning ? Math.max(1, solutions.depthBinding(projected)) : bgp.getPattern().size();
        return new IdRows(solutions, bgp.getPattern().size(), bound, plans, depth, context);
    }

    /** Moves to the next row that passes every FILTER; false at the end. */
    boolean next() {
        return advance(patterns);
    }

    /**
     * Moves to the next match of the patterns that bind the projection (every pattern, and the FILTERs
     * and BINDs, unless the rows were made for a projection of a plain pattern); false at the end.
     */
    boolean nextPrefix() {
        return advance(prefixDepth);
    }

    private boolean advance(int depth) {
        while (solutions.nextPartial(depth)) {
            if (++read % CANCEL_CHECK == 0)
                checkCancelled();
            if (evaluateSteps())
                return true;
        }
        checkCancelled();
        return false;
    }

    /** Whether the current prefix match has a whole solution (always, when the prefix is every pattern). */
    boolean completesPrefix() {
        boolean completes = solutions.completes(prefixDepth);
        if (!completes)
            checkCancelled();
        return completes;
    }

    /** The current row as a binding; valid until the next call of {@link #next()}. */
    Binding binding() {
        return row;
    }

    /** Stops the rows from another thread (a time-out or a cancelled request). */
    void cancel() {
        cancelled = true;
        solutions.stop();
    }

    /** The index of a variable of the pattern (which every row binds), or -1. */
    int patternIndex(Var variable) {
        return solutions.indexOf(variable);
    }

    /** Whether the store's literal values are decoded (then {@link #decodedValue} answers). */
    boolean hasDecodedValues() {
        return literals != null;
    }

    /** The decoded value of pattern variable {@code v} in the current row; null when its term is no typed literal. */
    NodeValue decodedValue(int v) {
        return literals.value(solutions.id(v));
    }

    /** The value of a variable of the rows (a variable they never bind has no value). */
    RowColumn column(Var variable) {
        int v = solutions.indexOf(variable);
        if (v >= 0)
            return new PatternColumn(v);
        for (int b = 0; b < boundVariables.length; b++)
            if (boundVariables[b].equals(variable)) {
                int index = b;
                return new RowColumn() {
                    @Override
                    public int code() {
                        return boundCodes[index];
                    }

                    @Override
                    public Node node(int code) {
                        return terms.node(code);
                    }
                };
            }
        return new RowColumn() {
            @Override
            public int code() {
                return LocalTerms.NONE;
            }

            @Override
            public Node node(int code) {
                return null;
            }
        };
    }

    /** The value of an expression over the row, as ARQ's VarExprList computes it (an error is no value). */
    RowColumn column(Expr expr) {
        if (expr instanceof ExprVar variable)
            return column(variable.asVar());
        int remembered = expr instanceof MemoizedFunction function ? solutions.indexOf(function.variable()) : -1;
        return new ExpressionColumn(expr, remembered);
    }

    private void checkCancelled() {
        if (cancelled || solutions.isStopped() || context.getCancelSignal() != null && context.getCancelSignal().get()) {
            solutions.stop();
            throw new QueryCancelledException();
        }
    }

    private boolean evaluateSteps() {
        row.clearBound();
        Arrays.fill(boundCodes, LocalTerms.NONE);
        for (Step step : steps)
            if (!step.apply())
                return false;
        return true;
    }

    private record StepPlan(int target, Expr expr, List<Expr> filters) {
    }

    private interface Step {
        /** Applies the step to the current row; false when the row is rejected. */
        boolean apply();
    }

    private final class BindStep implements Step {
        private final int target;
        private final RowColumn value;

        BindStep(int target, RowColumn value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public boolean apply() {
            int code = value.code();
            Node node = value.node(code);
            row.bind(target, node);
            boundCodes[target] = value instanceof ExpressionColumn ? code : terms.code(node);
            return true;
        }
    }

    private final class FilterStep implements Step {
        private final List<Expr> filters;

        FilterStep(List<Expr> filters) {
            this.filters = filters;
        }

        @Override
        public boolean apply() {
            for (Expr filter : filters) {
                try {
                    if (!filter.isSatisfied(row, context))
                        return false;
                } catch (QueryCancelledException ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    // as QueryIterFilterExpr: an evaluation error, or any other failure, rejects the row
                    return false;
                }
            }
            return true;
        }
    }

    private final class PatternColumn implements RowColumn {
        private final int variable;

        PatternColumn(int variable) {
            this.variable = variable;
        }

        @Override
        public int code() {
            return solutions.id(variable);
        }

        @Override
        public Node node(int code) {
            return code == LocalTerms.NONE ? null : solutions.dictionary().node(code);
        }
    }

    /**
     * An expression evaluated on the row. A {@link MemoizedFunction} of a pattern variable
     * ({@code LCASE(?name)}) depends on that variable's term only, so its code is remembered per store
     * id; a column whose ids hardly repeat stops being remembered after a sample, as in
     * {@link MemoizedFunction}. {@code YEAR(?date)} is remembered per year, found by the store's year
     * key of the date ({@link DecodedLiterals#yearKey}): 48,780 events, 25 evaluations.
     */
    private final class ExpressionColumn implements RowColumn {
        private static final int SAMPLE = 4096;

        private final Expr expr;
        private final int rememberedVariable;
        private final IdCodeMap remembered = new IdCodeMap();
        /** YEAR() of a pattern variable: codes per the store's year key of the date (zigzag-coded, non-negative). */
        private final IdCodeMap byYear;
        private final IdentityHashMap<NodeValue, Integer> resultCodes = new IdentityHashMap<>();
        private int lookups;
        private int hits;
        private boolean remembering;

        ExpressionColumn(Expr expr, int rememberedVariable) {
            this.expr = expr;
            this.rememberedVariable = rememberedVariable;
            this.remembering = rememberedVariable >= 0;
            this.byYear = rememberedVariable >= 0 && literals != null && ((MemoizedFunction) expr).isYear() ? new IdCodeMap() : null;
        }

        @Override
        public int code() {
            if (byYear != null) {
                int year = literals.yearKey(solutions.id(rememberedVariable));
                if (year != DecodedLiterals.NO_YEAR) {
                    int slot = year >= 0 ? 2 * year : -2 * year - 1;
                    int known = byYear.get(slot);
                    if (known == IdCodeMap.ABSENT) {
                        known = evaluate();
                        byYear.put(slot, known);
                    }
                    return known;
                }
            }
            if (!remembering)
                return evaluate();
            int id = solutions.id(rememberedVariable);
            int known = remembered.get(id);
            if (++lookups == SAMPLE && hits < SAMPLE / 16) {
                remembering = false;
                remembered.clear();
            }
            if (known != IdCodeMap.ABSENT) {
                hits++;
                return known;
            }
            int code = evaluate();
            if (remembering)
                remembered.put(id, code);
            return code;
        }

        private int evaluate() {
            try {
                NodeValue value = rememberedVariable >= 0 ? ((MemoizedFunction) expr).valueOf(argument(), context) : expr.eval(row, context);
                return value == null ? LocalTerms.NONE : codeOf(value);
            } catch (ScriptDenyException ex) {
                throw ex;
            } catch (ExprEvalException ex) {
                return LocalTerms.NONE;
            }
        }

        /**
         * The value of the remembered variable as its {@link DecodedValueEngine.DecodedVariable} (or a
         * plain variable) evaluates it: the decoded value, else the term's value.
         */
        private NodeValue argument() {
            NodeValue decoded = literals == null ? null : literals.value(solutions.id(rememberedVariable));
            return decoded != null ? decoded : NodeValue.makeNode(solutions.node(rememberedVariable));
        }

        /** The code of a result; a function hands out few distinct result objects (one per year), each coded once. */
        private int codeOf(NodeValue value) {
            Integer code = resultCodes.get(value);
            if (code == null) {
                code = terms.code(value.asNode());
                if (resultCodes.size() < SAMPLE)
                    resultCodes.put(value, code);
            }
            return code;
        }

        @Override
        public Node node(int code) {
            return terms.node(code);
        }
    }
}
