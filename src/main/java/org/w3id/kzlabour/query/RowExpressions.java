package org.w3id.kzlabour.query;

import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Which expressions {@link IdRows} may evaluate on its reused row binding: those that read the row
 * and forget it. EXISTS and NOT EXISTS run a pattern with the row as its input (and aggregates do
 * not belong in a row), so an expression that holds one is left to ARQ.
 */
final class RowExpressions {

    private RowExpressions() {
    }

    static boolean readOnlyTheRow(Expr expr) {
        if (expr == null)
            return true;
        boolean[] ok = {true};
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                ok[0] = false;
            }

            @Override
            public void visit(ExprAggregator eAgg) {
                ok[0] = false;
            }
        });
        return ok[0];
    }
}
