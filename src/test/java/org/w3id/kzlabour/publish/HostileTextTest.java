package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in the data (a label that closes the script element, a value that breaks out of an
 * attribute) comes out of the entity page escaped for each context the templates put it in:
 * element text, an attribute, and the schema.org JSON-LD island inside {@code <script>}.
 */
class HostileTextTest {

    private static final String SCRIPT = "</script><script>alert(1)</script>";
    private static final String ATTRIBUTE = "\" onmouseover=\"x";
    private static final String IRI = "https://w3id.org/kz-labour/id/event/hostile";
    private static final String OUTSIDE = "http://example.org/a" + ATTRIBUTE;

    private static String page() {
        Graph graph = GraphFactory.createDefaultGraph();
        Node subject = NodeFactory.createURI(IRI);
        graph.add(subject, uri(Prefixes.RDFS + "label"), NodeFactory.createLiteralLang(SCRIPT, "en"));
        graph.add(subject, uri(Prefixes.SKOS + "altLabel"), NodeFactory.createLiteralLang(ATTRIBUTE, "en"));
        graph.add(subject, uri(Prefixes.RDFS + "seeAlso"), uri(OUTSIDE));
        graph.add(subject, uri(Prefixes.RDFS + "comment"), NodeFactory.createLiteralLang("O'Brien & <b>sons</b>", "en"));
        SiteStatistics.Figures figures = new SiteStatistics.Figures(0, 0, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), List.of(), List.of());
        return EntityPage.render(graph, IRI, "en", false, PublicBase.standard(), Set.of(), figures, IRI,
                new EventIndex.Contents(List.of(), Map.of(), Map.of(), Map.of(), Map.of()));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void inElementText() {
        String html = page();
        assertFalse(html.contains("<script>alert(1)"), "no script element from the data");
        assertTrue(html.contains("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), "heading");
        assertTrue(html.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; · "), "title element");
        assertTrue(html.contains(ATTRIBUTE + "<span class=\"lang\" translate=\"no\">en</span>"), "quotes in element text are harmless text");
        assertTrue(html.contains("O'Brien &amp; &lt;b&gt;sons&lt;/b&gt;"), "a literal value");
    }

    @Test
    void inAnAttribute() {
        String html = page();
        assertFalse(html.contains("/a\" onmouseover="), "the value cannot end the attribute");
        assertTrue(html.contains("href=\"http://example.org/a&#34; onmouseover=&#34;x\""), "a link to an IRI of the data");
    }

    @Test
    void insideTheJsonLdIsland() {
        String html = page();
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        String island = html.substring(start, html.indexOf("</script>", start));
        assertFalse(island.contains("<") || island.contains(">") || island.contains("&"), island);
        JsonObject json = JSON.parse(island);
        String text = json.toString();
        assertTrue(text.contains(SCRIPT.replace("/", "\\/")) || text.contains(SCRIPT), "the island parses back to the label: " + text);
        assertEquals(1, html.split("<script", -1).length - 1, "one script element in the page: the island");
    }
}
