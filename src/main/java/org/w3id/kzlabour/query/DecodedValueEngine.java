package org.w3id.kzlabour.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.w3id.kzlabour.store.DecodedLiterals;

/**
 * ARQ's main query engine, with every variable in an expression (FILTER, BIND, ORDER BY, GROUP BY,
 * aggregates) read through the store's literal values decoded at load ({@link DecodedLiterals}).
 *
 * <p>Pure one-argument functions of a variable remember their result per value ({@link MemoizedFunction}).
 *
 * <p>Why: ARQ evaluates {@code ?date} by parsing the literal's lexical form into a value, on every
 * row and every comparison; a sort of 50,000 dates parses close to two million times. The store
 * decoded each distinct literal once; this engine hands ARQ that same {@link NodeValue}. Everything
 * else (optimizer, joins, time-outs, cancellation) is {@link QueryEngineMain}'s, except ORDER BY
 * ({@link ServedOpExecutor}, {@link KeyedSort}). It is chosen for a
 * dataset whose context carries {@link DecodedLiterals#SYMBOL}; other stores (TDB2) keep their engine.
 */
final class DecodedValueEngine extends QueryEngineMain {

    private static final QueryEngineFactory FACTORY = new Factory();
    private static volatile boolean registered;

    private final DecodedLiterals literals;

    private DecodedValueEngine(Query query, DatasetGraph dataset, Binding input, Context context, DecodedLiterals literals) {
        super(query, dataset, input, context);
        this.literals = literals;
    }

    private DecodedValueEngine(Op op, DatasetGraph dataset, Binding input, Context context, DecodedLiterals literals) {
        super(op, dataset, input, context);
        this.literals = literals;
    }

    /** Registers the engine with ARQ once (it only accepts datasets that carry decoded literals). */
    static void install() {
        if (registered)
            return;
        synchronized (DecodedValueEngine.class) {
            if (!registered) {
                QueryEngineRegistry.addFactory(FACTORY);
                registered = true;
            }
        }
    }

    @Override
    protected Op modifyOp(Op op) {
        return withDecodedVariables(super.modifyOp(op), literals);
    }

    /** {@code op} with every expression variable replaced by one that reads decoded values first. */
    static Op withDecodedVariables(Op op, DecodedLiterals literals) {
        ExprTransformCopy variables = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprVar variable) {
                return variable instanceof DecodedVariable ? variable : new DecodedVariable(variable.asVar(), literals);
            }

            @Override
            public Expr transform(ExprFunction1 function, Expr argument) {
                Expr copied = super.transform(function, argument);
                return copied instanceof ExprFunction1 f && !(f instanceof MemoizedFunction) ? MemoizedFunction.of(f) : copied;
            }
        };
        return Transformer.transform(new DecodedAggregates(), variables, op);
    }

    /**
     * Aggregates read a plain variable argument ({@code SUM(?count)}) through a shortcut that makes the
     * value from the node ({@code ExprLib.evalOrElse}); an identity function around the variable
     * ({@link DecodedArgument}) takes them through the decoded value instead.
     */
    private static final class DecodedAggregates extends TransformCopy {
        @Override
        public Op transform(OpGroup opGroup, Op subOp) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator aggregator : opGroup.getAggregators()) {
                ExprList args = aggregator.getAggregator().getExprList();
                if (args == null || args.getList().stream().noneMatch(e -> e instanceof DecodedVariable)) {
                    aggregators.add(aggregator);
                    continue;
                }
                ExprList wrapped = new ExprList();
                for (Expr arg : args)
                    wrapped.add(arg instanceof DecodedVariable v ? new DecodedArgument(v) : arg);
                aggregators.add(new ExprAggregator(aggregator.getVar(), aggregator.getAggregator().copy(wrapped)));
            }
            return OpGroup.create(subOp, opGroup.getGroupVars(), aggregators);
        }
    }

    /** The value of a decoded variable, as a function (so that no variable shortcut skips the decoding). */
    static final class DecodedArgument extends ExprFunction1 {
        DecodedArgument(DecodedVariable variable) {
            super(variable, "decoded");
        }

        @Override
        public NodeValue eval(NodeValue value) {
            return value;
        }

        @Override
        public Expr copy(Expr argument) {
            return argument instanceof DecodedVariable v ? new DecodedArgument(v) : argument;
        }
    }

    private static DecodedLiterals literalsOf(Context context) {
        return context == null ? null : context.get(DecodedLiterals.SYMBOL);
    }

    /** A variable whose value, when it is a literal of the store, is the one decoded at load. */
    static final class DecodedVariable extends ExprVar {
        private final DecodedLiterals literals;

        DecodedVariable(Var variable, DecodedLiterals literals) {
            super(variable);
            this.literals = literals;
        }

        @Override
        public NodeValue eval(Binding binding, FunctionEnv env) {
            if (binding instanceof RowBinding row) {
                int id = row.idOf(varNode);
                if (id >= 0) {
                    NodeValue value = literals.value(id);
                    return value != null ? value : super.eval(binding, env);
                }
            }
            if (binding != null) {
                Node node = binding.get(varNode);
                if (node != null) {
                    NodeValue value = literals.value(node);
                    if (value != null)
                        return value;
                }
            }
            return super.eval(binding, env);
        }
    }

    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return literalsOf(context) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            QC.setFactory(context, ServedOpExecutor.FACTORY);
            return new DecodedValueEngine(query, dataset, input, context, literalsOf(context)).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return literalsOf(context) != null;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            QC.setFactory(context, ServedOpExecutor.FACTORY);
            return new DecodedValueEngine(op, dataset, input, context, literalsOf(context)).getPlan();
        }
    }
}
