package org.w3id.kzlabour.query;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a parsed query on the served dataset and writes its result in one format.
 *
 * <p>This is the whole query path shared by the HTTP endpoint and the command line: the timeout,
 * the SERVICE policy and the read transaction of a persistent store are applied here, once, so no
 * caller can forget them.
 */
public final class QueryRunner {

    /** Largest CONSTRUCT/DESCRIBE result collected for the formats that need the whole graph (Turtle, JSON-LD, RDF/XML). */
    public static final int MAX_GRAPH_TRIPLES = 1_000_000;

    private final DatasetGraph dataset;
    private final DatasetGraph readTarget;
    private final boolean transactional;
    private final ServicePolicy servicePolicy;

    public QueryRunner(DatasetGraph dataset, boolean transactional, ServicePolicy servicePolicy) {
        this.dataset = dataset;
        this.readTarget = readTarget(dataset, transactional);
        this.transactional = transactional;
        this.servicePolicy = servicePolicy;
        DecodedValueEngine.install();
    }

    /**
     * What queries read: for a read-only in-memory store, the store itself rather than jena-text's
     * wrapper, whose default graph is a view that turns every match into a quad and back (the wrapper
     * only matters for updates, which a read-only store has none of; {@code text:query} finds the index
     * through the context, which is kept).
     */
    private static DatasetGraph readTarget(DatasetGraph dataset, boolean transactional) {
        if (!transactional && dataset instanceof DatasetGraphText text)
            return text.getWrapped();
        return dataset;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** What the query returns: rows (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE); rejects anything else. */
    public static ResultFormat.Kind kindOf(Query query) {
        if (query.isSelectType() || query.isAskType())
            return ResultFormat.Kind.ROWS;
        if (query.isConstructType() || query.isDescribeType())
            return ResultFormat.Kind.GRAPH;
        throw new QueryRejectedException("Unsupported query form");
    }

    /** Checks what may be refused before any result is produced (the SERVICE policy). */
    public void admit(Query query) {
        servicePolicy.check(query);
        if (dataset.getContext() != null && dataset.getContext().isTrue(SearchNotReadyException.PENDING)
                && query.toString().contains(SearchNotReadyException.TEXT_NAMESPACE))
            throw new SearchNotReadyException();
    }

    /**
     * Executes and writes the result.
     *
     * @param timeoutMillis overall execution limit; the engine stops working when it passes
     * @param defaultGraphs protocol {@code default-graph-uri} values (may be empty)
     * @param namedGraphs   protocol {@code named-graph-uri} values (may be empty)
     */
    public void run(Query query, ResultFormat format, long timeoutMillis, List<String> defaultGraphs,
                    List<String> namedGraphs, OutputStream out) {
        run(query, format, timeoutMillis, defaultGraphs, namedGraphs, out, null);
    }

    /** As {@link #run(Query, ResultFormat, long, List, List, OutputStream)}, stoppable through {@code cancellation} (may be null). */
    public void run(Query query, ResultFormat format, long timeoutMillis, List<String> defaultGraphs,
                    List<String> namedGraphs, OutputStream out, Cancellation cancellation) {
        admit(query);
        if (transactional)
            dataset.begin(TxnType.READ);
        try (QueryExec exec = build(query, timeoutMillis, defaultGraphs, namedGraphs)) {
            if (cancellation != null)
                cancellation.bind(exec::abort);
            try {
                write(query, exec, format, out);
            } finally {
                if (cancellation != null)
                    cancellation.unbind();
            }
        } finally {
            if (transactional)
                dataset.end();
        }
    }

    private QueryExec build(Query query, long timeoutMillis, List<String> defaultGraphs, List<String> namedGraphs) {
        DatasetGraph target = readTarget;
        if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty())
            target = DynamicDatasets.dynamicDataset(DatasetDescription.create(defaultGraphs, namedGraphs), readTarget, false);
        else if (query.hasDatasetDescription())
            target = DynamicDatasets.dynamicDataset(DatasetDescription.create(query), readTarget, false);
        // The served dataset's own settings (a text index for text:query, TDB2's union default graph,
        // the store's decoded literals) carry over.
        Context context = Context.create();
        if (readTarget.getContext() != null)
            context.putAll(readTarget.getContext());
        if (dataset != readTarget && dataset.getContext() != null)
            context.putAll(dataset.getContext());
        context.set(ARQ.httpServiceAllowed, servicePolicy.anyAllowed());
        if (servicePolicy.anyAllowed()) {
            ServiceExecutorRegistry.set(context, servicePolicy.guardedRegistry());
            if (timeoutMillis > 0)
                context.set(LimitedServiceExecutor.QUERY_DEADLINE, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        }
        QueryExecBuilder builder = QueryExec.dataset(target).context(context).query(query);
        if (timeoutMillis > 0)
            builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        return builder.build();
    }

    private static void write(Query query, QueryExec exec, ResultFormat format, OutputStream out) {
        if (format.kind() != kindOf(query))
            throw new NotAcceptableException(ResultFormat.of(kindOf(query)).stream().map(f -> f.mediaTypes().get(0)).toList());
        if (query.isSelectType() && format == ResultFormat.JSON) {
            JsonRowWriter.write(out, exec.select());
        } else if (query.isAskType() && format == ResultFormat.JSON) {
            JsonRowWriter.write(out, exec.ask());
        } else if (query.isSelectType()) {
            RowSet rows = exec.select();
            RowSetWriterRegistry.getFactory(format.lang()).create(format.lang()).write(out, rows, exec.getContext());
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            RowSetWriterRegistry.getFactory(format.lang()).create(format.lang()).write(out, answer, exec.getContext());
        } else {
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            if (format == ResultFormat.NTRIPLES) {
                writeStreaming(triples, out);
                return;
            }
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            while (triples.hasNext()) {
                graph.add(triples.next());
                if (graph.size() > MAX_GRAPH_TRIPLES)
                    throw new QueryRejectedException("Graph result larger than " + MAX_GRAPH_TRIPLES
                            + " triples; ask for application/n-triples, which is streamed");
            }
            RDFWriter.source(graph).format(format.rdfFormat()).output(out);
        }
    }

    /** N-Triples needs no whole graph: each triple is written as it is produced, in constant memory. */
    private static void writeStreaming(Iterator<Triple> triples, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
        writer.start();
        triples.forEachRemaining(writer::triple);
        writer.finish();
    }
}
