package org.w3id.kzlabour.store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Quad;

/**
 * Collects parsed triples and quads (a RIOT {@link StreamRDF} sink) and builds the read-only
 * dataset of {@link CompactGraph}s that {@code serve} answers from: one graph per graph name, all
 * sharing one {@link NodeDictionary}, with the literal values decoded once ({@link DecodedLiterals},
 * in the dataset's context under {@link DecodedLiterals#SYMBOL}) and basic graph patterns matched by
 * ids ({@link CompactStageGenerator}, the dataset's stage generator).
 */
public final class CompactDatasetBuilder implements StreamRDF {

    private final NodeDictionary dictionary = new NodeDictionary();
    private final IdTriples defaultGraph = new IdTriples();
    private final Map<Node, IdTriples> namedGraphs = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    @Override
    public void start() {}

    @Override
    public void triple(Triple triple) {
        defaultGraph.add(dictionary, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        IdTriples target = quad.isDefaultGraph() ? defaultGraph
                : namedGraphs.computeIfAbsent(quad.getGraph(), name -> new IdTriples());
        target.add(dictionary, quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.put(prefix, iri);
    }

    @Override
    public void finish() {}

    /**
     * The dataset of everything collected; with named graphs, its default graph is the union of all
     * graphs (as {@link FileDataset#unionDefaultGraph}).
     */
    public DatasetGraph build() {
        dictionary.trim();
        CompactGraph defaults = graph(defaultGraph);
        DatasetGraph dsg = new DatasetGraphMapLink(defaults);
        for (Map.Entry<Node, IdTriples> named : namedGraphs.entrySet())
            dsg.addGraph(named.getKey(), graph(named.getValue()));
        dsg = FileDataset.unionDefaultGraph(dsg);
        dsg.prefixes().putAll(prefixes);
        dsg.getContext().set(DecodedLiterals.SYMBOL, DecodedLiterals.of(dictionary));
        StageGenerator standard = StageBuilder.getGenerator(ARQ.getContext());
        StageBuilder.setGenerator(dsg.getContext(), new CompactStageGenerator(standard != null ? standard : StageBuilder.standardGenerator()));
        return dsg;
    }

    private CompactGraph graph(IdTriples ids) {
        CompactGraph graph = ids.build(dictionary);
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        return graph;
    }

    /** Triples of one graph as three growing id arrays. */
    private static final class IdTriples {
        private int[] s = new int[1024];
        private int[] p = new int[1024];
        private int[] o = new int[1024];
        private int count;

        void add(NodeDictionary dictionary, Node subject, Node predicate, Node object) {
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
                p = Arrays.copyOf(p, count * 2);
                o = Arrays.copyOf(o, count * 2);
            }
            s[count] = dictionary.intern(subject);
            p[count] = dictionary.intern(predicate);
            o[count] = dictionary.intern(object);
            count++;
        }

        CompactGraph build(NodeDictionary dictionary) {
            CompactGraph graph = CompactGraph.of(dictionary, s, p, o, count);
            s = p = o = null;
            return graph;
        }
    }
}
