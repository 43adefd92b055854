package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.w3id.kzlabour.store.IdSolutions;

/**
 * The current row of {@link IdRows} as a {@link Binding}: the pattern's variables read from the id
 * cursor, the BIND variables from their current values. It changes as the cursor moves, so it is
 * only handed to code that reads it and forgets it (expressions, filters, the accumulators of
 * {@link GroupByIds}); {@link #detachWithNewParent} and {@link #snapshot()} make lasting copies.
 *
 * <p>Why: a grouping or DISTINCT over 100,000 rows then makes no binding per row.
 */
final class RowBinding extends BindingBase {

    private final IdSolutions solutions;
    private final Var[] patternVariables;
    private final Var[] boundVariables;
    private final Node[] boundValues;

    RowBinding(IdSolutions solutions, Var[] patternVariables, Var[] boundVariables) {
        super(null);
        this.solutions = solutions;
        this.patternVariables = patternVariables;
        this.boundVariables = boundVariables;
        this.boundValues = new Node[boundVariables.length];
    }

    /** Sets the value of the i-th BIND variable for the current row (null: unbound). */
    void bind(int i, Node value) {
        boundValues[i] = value;
    }

    /** Forgets every BIND value (a new row starts). */
    void clearBound() {
        Arrays.fill(boundValues, null);
    }

    Node boundValue(int i) {
        return boundValues[i];
    }

    /** A lasting copy of the current row. */
    Binding snapshot() {
        return detachWithNewParent(null);
    }

    /** The store id of a pattern variable in the current row, or -1 for any other variable. */
    int idOf(Var var) {
        for (int v = 0; v < patternVariables.length; v++)
            if (patternVariables[v] == var || patternVariables[v].equals(var))
                return solutions.id(v);
        return -1;
    }

    @Override
    protected Node get1(Var var) {
        for (int v = 0; v < patternVariables.length; v++)
            if (patternVariables[v] == var || patternVariables[v].equals(var))
                return solutions.node(v);
        for (int b = 0; b < boundVariables.length; b++)
            if (boundVariables[b] == var || boundVariables[b].equals(var))
                return boundValues[b];
        return null;
    }

    @Override
    protected boolean contains1(Var var) {
        return get1(var) != null;
    }

    @Override
    protected Iterator<Var> vars1() {
        List<Var> vars = new ArrayList<>(List.of(patternVariables));
        for (int b = 0; b < boundVariables.length; b++)
            if (boundValues[b] != null)
                vars.add(boundVariables[b]);
        return vars.iterator();
    }

    @Override
    protected int size1() {
        int size = patternVariables.length;
        for (Node value : boundValues)
            if (value != null)
                size++;
        return size;
    }

    @Override
    protected boolean isEmpty1() {
        return size1() == 0;
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        BindingBuilder builder = newParent == null ? Binding.builder() : Binding.builder(newParent);
        for (int v = 0; v < patternVariables.length; v++)
            builder.add(patternVariables[v], solutions.node(v));
        for (int b = 0; b < boundVariables.length; b++)
            if (boundValues[b] != null)
                builder.add(boundVariables[b], boundValues[b]);
        return builder.build();
    }
}
