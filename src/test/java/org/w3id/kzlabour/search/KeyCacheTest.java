package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.store.ShippedGraph;

/** The word-by-word key is the name key: on every name of the shipped graph and every query of the test set. */
class KeyCacheTest {

    static List<String> texts() {
        List<String> texts = new ArrayList<>();
        DatasetGraph dsg = ShippedGraph.load();
        for (Node p : NameProperties.all())
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral())
                    texts.add(q.getObject().getLiteralLexicalForm());
            });
        for (NameVariantSet.Query q : NameVariantSet.shipped(Path.of(System.getProperty("kg.projectDir", ".")).toAbsolutePath().normalize()).queries())
            texts.add(q.query());
        texts.addAll(List.of("Zhana-Ozen", "Novyj Uzen'", "y' y’ j J", "  spaced   out  ", "", "!!!", "Алма-Ата", "O'Brien Jr."));
        return texts;
    }

    @Test
    void wordByWordKeyIsTheNameKey() {
        List<String> differ = new ArrayList<>();
        for (String text : texts()) {
            if (!NameKey.of(text).equals(KeyCache.ofWords(text)) || !Set.copyOf(NameKey.alternatives(text)).equals(Set.copyOf(KeyCache.alternatives(text))))
                differ.add(text + " : " + NameKey.of(text) + " / " + KeyCache.ofWords(text));
        }
        System.out.println(differ);
        assertEquals(List.of(), differ);
    }
}
