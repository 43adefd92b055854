package org.w3id.kzlabour.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The dataset a command works on, and whether reads need a transaction.
 *
 * <p>In memory the data is read-only once loaded, so it is held in {@link CompactGraph}s (dictionary
 * encoded, sorted id arrays, literal values decoded once), not in Jena's transactional in-memory
 * dataset that Fuseki uses.
 * A TDB2 database is transactional; its default graph is the union of its named graphs when it has any.
 */
public record ServedStore(DatasetGraph dataset, boolean transactional, String description) {

    /** The graph shipped in the jar: ontology/ and data/. */
    public static ServedStore shipped() {
        return new ServedStore(ShippedGraph.load(), false, "the shipped knowledge graph");
    }

    /** RDF files, in memory. */
    public static ServedStore files(List<Path> files) {
        return new ServedStore(FileDataset.load(files), false, files.size() == 1 ? files.get(0).toString() : files.size() + " files");
    }

    /** An existing TDB2 database (never creates one: a typo must not serve an empty store). */
    public static ServedStore tdb2(Path directory) {
        if (!Files.isDirectory(directory) || !Files.isDirectory(directory.resolve("Data-0001")))
            throw new StoreException("No TDB2 database at " + directory + " (create one with: load --tdb2 " + directory + " FILE...)");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        boolean hasNamedGraphs = Txn.calculateRead(dsg, () -> dsg.listGraphNodes().hasNext());
        if (hasNamedGraphs)
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new ServedStore(dsg, true, "TDB2 database " + directory);
    }

    /** Triples in the default graph (the union when there are named graphs). */
    public long tripleCount() {
        if (!transactional)
            return dataset.getDefaultGraph().size();
        dataset.begin(TxnType.READ);
        try {
            if (Boolean.TRUE.equals(dataset.getContext().get(TDB2.symUnionDefaultGraph)))
                return dataset.getUnionGraph().size();
            return dataset.getDefaultGraph().size();
        } finally {
            dataset.end();
        }
    }
}
