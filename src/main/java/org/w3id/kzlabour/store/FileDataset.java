package org.w3id.kzlabour.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;

/**
 * Loads RDF files given on the command line ({@code serve --data}) into one in-memory dataset.
 *
 * <p>The syntax comes from the file extension (a trailing {@code .gz} is decompressed). Quads keep
 * their graphs; because researchers query the default graph, the default graph of the result is then
 * the union of every graph, as on a Fuseki dataset with {@code unionDefaultGraph}.
 */
public final class FileDataset {

    private FileDataset() {}

    /**
     * Parses every file into a fresh, read-only in-memory dataset ({@link CompactGraph}s); a missing
     * or unreadable file fails before any parsing.
     */
    public static DatasetGraph load(List<Path> files) {
        for (Path file : files) {
            if (!Files.isReadable(file))
                throw new StoreException("Cannot read data file: " + file);
            if (RDFLanguages.filenameToLang(file.getFileName().toString()) == null)
                throw new StoreException("Unknown RDF syntax (by file extension): " + file);
        }
        CompactDatasetBuilder sink = new CompactDatasetBuilder();
        for (Path file : files)
            parse(file, sink);
        return sink.build();
    }

    private static void parse(Path file, StreamRDF sink) {
        try {
            // Parses on a second thread while this one inserts: about a third faster on large files.
            AsyncParser.asyncParseSources(List.of(RDFParser.source(file.toString())), sink);
        } catch (RuntimeException ex) {
            throw new StoreException(file + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * When the data has named graphs, returns a dataset over the same graphs whose default graph is
     * the union of the original default graph and all named graphs (a read-only view, no copy).
     */
    public static DatasetGraph unionDefaultGraph(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); )
            names.add(it.next());
        if (names.isEmpty())
            return dsg;
        MultiUnion union = new MultiUnion();
        if (!dsg.getDefaultGraph().isEmpty())
            union.addGraph(dsg.getDefaultGraph());
        for (Node name : names)
            union.addGraph(dsg.getGraph(name));
        Graph defaultGraph = union;
        DatasetGraphMapLink result = new DatasetGraphMapLink(defaultGraph);
        for (Node name : names)
            result.addGraph(name, dsg.getGraph(name));
        return result;
    }
}
