package org.w3id.kzlabour.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.kzlabour.store.ShippedGraph;
import org.w3id.kzlabour.vocab.KZL;

/**
 * The Wikidata items and properties this project has verified, read from the repository's own
 * allow-lists: items from {@code ontology/wikidata-verified.ttl} (those with a {@code verified-*}
 * {@code kzl:wikidataConfidence}), properties from {@code ontology/wikidata-properties-verified.tsv}
 * (generated from shared/wikidata/properties.tsv). Anything written for Wikidata is checked against
 * these lists, so no ID from memory or from the data alone can reach a QuickStatements batch.
 */
public final class WikidataAllowList {

    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    static final String ITEMS_FILE = "ontology/wikidata-verified.ttl";
    static final String PROPERTIES_FILE = "ontology/wikidata-properties-verified.tsv";

    private final Set<String> items;
    private final Set<String> properties;

    public WikidataAllowList(Set<String> items, Set<String> properties) {
        this.items = Set.copyOf(items);
        this.properties = Set.copyOf(properties);
    }

    /** The lists shipped with the graph (in the jar, or target/classes when run from the build). */
    public static WikidataAllowList shipped() {
        try (InputStream itemsIn = ShippedGraph.open(ITEMS_FILE); InputStream propertiesIn = ShippedGraph.open(PROPERTIES_FILE)) {
            return new WikidataAllowList(readItems(itemsIn), readProperties(propertiesIn));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Set<String> readItems(InputStream in) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        Set<String> qids = new HashSet<>();
        Node confidence = KZL.wikidataConfidence.asNode();
        for (Triple t : graph.find(Node.ANY, confidence, Node.ANY).toList()) {
            String uri = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            if (uri.startsWith(ENTITY_NS) && t.getObject().isLiteral()
                    && t.getObject().getLiteralLexicalForm().startsWith("verified"))
                qids.add(uri.substring(ENTITY_NS.length()));
        }
        return qids;
    }

    static Set<String> readProperties(InputStream in) throws IOException {
        Set<String> pids = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("property\tlabel\tconfidence"))
            throw new IllegalStateException(PROPERTIES_FILE + ": unexpected header " + header);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] cols = line.split("\t", -1);
            if (cols.length >= 3 && cols[0].matches("P[1-9][0-9]*") && cols[2].startsWith("verified"))
                pids.add(cols[0]);
        }
        return pids;
    }

    public boolean item(String qid) {
        return items.contains(qid);
    }

    public boolean property(String pid) {
        return properties.contains(pid);
    }

    public Set<String> items() {
        return items;
    }

    public Set<String> properties() {
        return properties;
    }
}
