package org.w3id.kzlabour.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/** {@link CompactGraph} finds exactly what Jena's in-memory graph finds, for every triple-pattern shape. */
class CompactGraphTest {

    @Test
    void shippedGraphMatchesGraphMemForEveryPatternShape() {
        // One parse feeds both graphs, so that blank nodes are the same in each.
        Graph reference = GraphFactory.createDefaultGraph();
        for (ShippedGraph.ShippedFile file : ShippedGraph.files())
            file.parseInto(org.apache.jena.riot.system.StreamRDFLib.graph(reference));
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        reference.find().forEach(builder::triple);
        Graph compact = builder.build().getDefaultGraph();
        assertTrue(compact instanceof CompactGraph);
        assertEquals(ShippedGraph.load().getDefaultGraph().size(), compact.size());
        assertSameFinds(reference, compact, 400);
    }

    @Test
    void generatedGraphWithRepeatsMatchesGraphMemForEveryPatternShape() {
        Random random = new Random(15);
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        Graph reference = GraphFactory.createDefaultGraph();
        List<Node> terms = new ArrayList<>();
        for (int i = 0; i < 300; i++)
            terms.add(NodeFactory.createURI("https://w3id.org/kz-labour/id/test/n/" + i));
        for (int i = 0; i < 20; i++)
            terms.add(NodeFactory.createBlankNode("b" + i));
        for (int i = 0; i < 100; i++) {
            terms.add(NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
            terms.add(NodeFactory.createLiteralLang("name " + i, i % 2 == 0 ? "en" : "ru"));
            terms.add(NodeFactory.createLiteralString("name " + i));
        }
        List<Node> predicates = new ArrayList<>();
        for (int i = 0; i < 12; i++)
            predicates.add(NodeFactory.createURI("https://w3id.org/kz-labour/id/test/p/" + i));
        for (int i = 0; i < 20_000; i++) {
            Node s = terms.get(random.nextInt(320));
            Node p = i % 97 == 0 ? terms.get(random.nextInt(300)) : predicates.get(random.nextInt(predicates.size()));
            Node o = terms.get(random.nextInt(terms.size()));
            Triple t = Triple.create(s, p, o);
            builder.triple(t);
            reference.add(t);
            if (i % 10 == 0) { // repeats: a graph is a set
                builder.triple(t);
            }
        }
        Graph compact = builder.build().getDefaultGraph();
        assertEquals(reference.size(), compact.size());
        assertSameFinds(reference, compact, 1500);
    }

    @Test
    void termsOutsideTheGraphAndOtherLexicalFormsFindNothing() {
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        Node s = NodeFactory.createURI("https://w3id.org/kz-labour/id/test/s");
        Node p = NodeFactory.createURI("https://w3id.org/kz-labour/id/test/p");
        builder.triple(Triple.create(s, p, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)));
        Graph graph = builder.build().getDefaultGraph();
        assertTrue(graph.contains(s, p, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)));
        // Term equality, as in GraphMem2: "01" is another term with the same value.
        assertFalse(graph.contains(s, p, NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger)));
        assertFalse(graph.find(NodeFactory.createURI("https://w3id.org/kz-labour/id/test/other"), Node.ANY, Node.ANY).hasNext());
        assertFalse(graph.find(Node.ANY, Node.ANY, s).hasNext());
        assertEquals(1, graph.find(Node.ANY, Node.ANY, Node.ANY).toList().size());
        assertThrows(AddDeniedException.class, () -> graph.add(Triple.create(s, p, s)));
    }

    @Test
    void namedGraphsKeepTheirTriplesAndTheDefaultGraphIsTheirUnion() {
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        Node g = NodeFactory.createURI("https://w3id.org/kz-labour/id/test/g");
        Node s = NodeFactory.createURI("https://w3id.org/kz-labour/id/test/s");
        Node p = NodeFactory.createURI("https://w3id.org/kz-labour/id/test/p");
        builder.quad(new org.apache.jena.sparql.core.Quad(g, s, p, NodeFactory.createLiteralString("in g")));
        builder.triple(Triple.create(s, p, NodeFactory.createLiteralString("default")));
        DatasetGraph dsg = builder.build();
        assertEquals(1, dsg.getGraph(g).size());
        assertEquals(2, dsg.getDefaultGraph().size());
    }

    @Test
    void typedLiteralsAreDecodedOnceWithTheValueArqWouldCompute() {
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        Node s = NodeFactory.createURI("https://w3id.org/kz-labour/id/test/s");
        Node date = NodeFactory.createLiteralDT("2019-03-04", XSDDatatype.XSDdate);
        Node count = NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger);
        builder.triple(Triple.create(s, NodeFactory.createURI("https://w3id.org/kz-labour/id/test/date"), date));
        builder.triple(Triple.create(s, NodeFactory.createURI("https://w3id.org/kz-labour/id/test/count"), count));
        builder.triple(Triple.create(s, NodeFactory.createURI("https://w3id.org/kz-labour/id/test/name"), NodeFactory.createLiteralString("x")));
        DatasetGraph dsg = builder.build();
        DecodedLiterals literals = dsg.getContext().get(DecodedLiterals.SYMBOL);
        assertEquals(2, literals.size());
        Node storedDate = dsg.getDefaultGraph().find(s, NodeFactory.createURI("https://w3id.org/kz-labour/id/test/date"), Node.ANY).next().getObject();
        assertEquals(NodeValue.makeNode(date), literals.value(storedDate));
        assertEquals(2019, literals.value(storedDate).getDateTime().getYear());
        // Found by identity: an equal node made elsewhere is not the store's object.
        assertEquals(null, literals.value(NodeFactory.createLiteralDT("2019-03-04", XSDDatatype.XSDdate)));
    }

    /** Every shape (each of s, p, o bound or not) around sampled triples, plus the all-wildcard find. */
    private static void assertSameFinds(Graph reference, Graph compact, int samples) {
        assertEquals(reference.size(), compact.size());
        assertEquals(Set.copyOf(reference.find().toList()), Set.copyOf(compact.find().toList()));
        List<Triple> all = reference.find().toList();
        Random random = new Random(7);
        for (int i = 0; i < samples; i++) {
            Triple t = all.get(random.nextInt(all.size()));
            for (int shape = 0; shape < 8; shape++) {
                Node s = (shape & 1) != 0 ? t.getSubject() : Node.ANY;
                Node p = (shape & 2) != 0 ? t.getPredicate() : Node.ANY;
                Node o = (shape & 4) != 0 ? t.getObject() : Node.ANY;
                if (shape == 0)
                    continue;
                List<Triple> expected = reference.find(s, p, o).toList();
                List<Triple> actual = compact.find(s, p, o).toList();
                assertEquals(expected.size(), actual.size(), "count for " + s + " " + p + " " + o);
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), "triples for " + s + " " + p + " " + o);
                assertEquals(!expected.isEmpty(), compact.contains(s, p, o));
            }
        }
    }
}
