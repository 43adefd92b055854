package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Picks the human name of a resource from a graph in the reader's language: its rdfs:label in that
 * language, else in English, else without a language, else a document's title, else the last part
 * of its IRI (so a page never shows a raw IRI where a name is possible).
 */
public final class Labels {

    public static final Node LABEL = NodeFactory.createURI(Prefixes.RDFS + "label");
    public static final Node TITLE = NodeFactory.createURI(Prefixes.DCTERMS + "title");

    private Labels() {}

    public static String of(Graph graph, Node node, String lang) {
        String label = pick(literals(graph, node, LABEL), lang);
        if (label == null)
            label = pick(literals(graph, node, TITLE), lang);
        return label != null ? label : localName(node);
    }

    /** A label as shown, with the language tag of the literal it came from ("" for none, or for a local name). */
    public record Label(String text, String lang) {}

    /** Like {@link #of}, with the language the chosen label is in, so a page can mark a label that is not in its own language. */
    public static Label labelOf(Graph graph, Node node, String lang) {
        for (Node property : new Node[] {LABEL, TITLE}) {
            Node literal = pickLiteral(literals(graph, node, property), lang);
            if (literal != null)
                return new Label(literal.getLiteralLexicalForm(), literal.getLiteralLanguage());
        }
        return new Label(localName(node), "");
    }

    static Node pickLiteral(List<Node> literals, String lang) {
        if (literals.isEmpty())
            return null;
        for (String want : new String[] {lang, "en", ""})
            for (Node literal : literals)
                if (literal.getLiteralLanguage().equalsIgnoreCase(want))
                    return literal;
        return literals.stream().min(java.util.Comparator.comparing(Node::getLiteralLexicalForm)).orElse(null);
    }

    /** The label in the language or English only, or null (for deciding whether a translation exists). */
    public static String exact(Graph graph, Node node, String lang) {
        for (Node literal : literals(graph, node, LABEL))
            if (literal.getLiteralLanguage().equalsIgnoreCase(lang))
                return literal.getLiteralLexicalForm();
        return null;
    }

    static String pick(List<Node> literals, String lang) {
        if (literals.isEmpty())
            return null;
        for (String want : new String[] {lang, "en", ""})
            for (Node literal : literals)
                if (literal.getLiteralLanguage().equalsIgnoreCase(want))
                    return literal.getLiteralLexicalForm();
        return literals.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }

    private static List<Node> literals(Graph graph, Node node, Node property) {
        List<Node> found = new ArrayList<>();
        graph.find(node, property, Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getObject().isLiteral())
                found.add(t.getObject());
        });
        return found;
    }

    /** The part of an IRI after its last '#' or '/', or the whole IRI. */
    public static String localName(Node node) {
        if (!node.isURI())
            return node.isBlank() ? "(unnamed)" : node.toString();
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }
}
