package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * Read access to the served dataset for the publishing pages: fixed queries, parsed once, with
 * values from a request bound as RDF nodes (never spliced into query text), a time limit, no
 * SERVICE, and the read transaction a persistent store needs.
 */
public final class GraphReader {

    private final DatasetGraph dataset;
    private final boolean transactional;
    private final long timeoutMillis;

    public GraphReader(DatasetGraph dataset, boolean transactional, long timeoutMillis) {
        this.dataset = dataset;
        this.transactional = transactional;
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses a fixed query of this package (a programming error, not a client's, if it fails). */
    public static Query parse(String text) {
        return QueryFactory.create(Prefixes.sparqlPrologue() + text, Syntax.syntaxSPARQL_11);
    }

    /** Runs a CONSTRUCT with the given variables bound. */
    public Graph construct(Query query, Map<String, Node> bindings) {
        return read(() -> {
            try (QueryExec exec = build(query, bindings)) {
                return exec.construct();
            }
        });
    }

    /** Runs a SELECT with the given variables bound and returns all rows. */
    public List<Binding> select(Query query, Map<String, Node> bindings) {
        return read(() -> {
            try (QueryExec exec = build(query, bindings)) {
                RowSet rows = exec.select();
                List<Binding> all = new ArrayList<>();
                rows.forEachRemaining(all::add);
                return all;
            }
        });
    }

    /** Runs an ASK with the given variables bound. */
    public boolean ask(Query query, Map<String, Node> bindings) {
        return read(() -> {
            try (QueryExec exec = build(query, bindings)) {
                return exec.ask();
            }
        });
    }

    /** Runs a function inside a read transaction when the store needs one (e.g. to write a dump). */
    public <T> T withDataset(Function<DatasetGraph, T> action) {
        return read(() -> action.apply(dataset));
    }

    private <T> T read(java.util.function.Supplier<T> action) {
        if (!transactional)
            return action.get();
        dataset.begin(TxnType.READ);
        try {
            return action.get();
        } finally {
            dataset.end();
        }
    }

    private QueryExec build(Query query, Map<String, Node> bindings) {
        Context context = Context.create();
        context.set(ARQ.httpServiceAllowed, false);
        QueryExecBuilder builder = QueryExec.dataset(dataset).context(context).query(query);
        bindings.forEach((name, node) -> builder.substitution(Var.alloc(name), node));
        if (timeoutMillis > 0)
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        return builder.build();
    }
}
