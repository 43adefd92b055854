package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The HTML documentation of the ontology: every class, property and concept of the {@code kzl:}
 * namespace with its labels, definition, place in the hierarchy, domain and range, and how often
 * the served data uses it. Each entry's id is the term's local name, so the term IRI's fragment
 * ({@code ontology#Strike}) is an anchor on this page.
 */
public final class OntologyDocs {

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String OWL = Prefixes.OWL;
    private static final String RDFS = Prefixes.RDFS;

    private final Graph ontology;
    private final SiteStatistics.Figures figures;
    private final String lang;
    private final PublicBase base;

    private OntologyDocs(Graph ontology, SiteStatistics.Figures figures, String lang, PublicBase base) {
        this.ontology = ontology;
        this.figures = figures;
        this.lang = lang;
        this.base = base;
    }

    public static String render(Graph ontology, SiteStatistics.Figures figures, String lang, PublicBase base) {
        return new OntologyDocs(ontology, figures, lang, base).render();
    }

    private String render() {
        Node ontologyNode = NodeFactory.createURI(base.ontologyIri());
        Map<String, List<Node>> sections = new LinkedHashMap<>();
        sections.put("Classes", terms(OWL + "Class"));
        sections.put("Object properties", terms(OWL + "ObjectProperty"));
        sections.put("Datatype properties", terms(OWL + "DatatypeProperty"));
        sections.put("Annotation properties", terms(OWL + "AnnotationProperty"));
        sections.put("Concepts and other individuals", individuals());
        StringBuilder body = new StringBuilder(64 * 1024);
        String title = text(ontologyNode, Prefixes.DCTERMS + "title", "Ontology");
        body.append("<h1>").append(HtmlText.escape(title)).append("</h1>\n");
        body.append("<p class=\"iri\">").append(HtmlText.escape(base.ontologyIri())).append("</p>\n");
        String version = text(ontologyNode, OWL + "versionInfo", null);
        if (version != null)
            body.append("<p>Version ").append(HtmlText.escape(version)).append(". Download as <a href=\"?format=ttl\">Turtle</a>, ")
                .append("<a href=\"?format=rdf\">RDF/XML</a>, <a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=nt\">N-Triples</a>.</p>\n");
        String description = text(ontologyNode, Prefixes.DCTERMS + "description", null);
        if (description != null)
            body.append("<p>").append(HtmlText.escape(description)).append("</p>\n");
        body.append("<nav class=\"toc\"><ul>");
        sections.forEach((name, terms) -> body.append("<li><a href=\"#").append(anchor(name)).append("\">").append(HtmlText.escape(name))
                .append("</a> (").append(terms.size()).append(")</li>"));
        body.append("</ul></nav>\n");
        sections.forEach((name, terms) -> {
            body.append("<section><h2 id=\"").append(anchor(name)).append("\">").append(HtmlText.escape(name)).append("</h2>\n");
            for (Node term : terms)
                term(body, term, name);
            body.append("</section>\n");
        });
        return PageLayout.page(lang, title, "", body.toString());
    }

    private void term(StringBuilder body, Node term, String section) {
        String local = term.getURI().substring(Prefixes.KZL.length());
        body.append("<div class=\"term\" id=\"").append(HtmlText.escape(local)).append("\">");
        body.append("<h3>").append(HtmlText.escape(Labels.of(ontology, term, lang))).append(" <code>kzl:").append(HtmlText.escape(local)).append("</code></h3>");
        List<String> labels = new ArrayList<>();
        ontology.find(term, Labels.LABEL, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral())
                labels.add(HtmlText.escape(t.getObject().getLiteralLexicalForm()) + "<span class=\"lang\">" + HtmlText.escape(t.getObject().getLiteralLanguage()) + "</span>");
        });
        if (labels.size() > 1)
            body.append("<p class=\"muted\">").append(String.join(" · ", labels)).append("</p>");
        String definition = text(term, Prefixes.SKOS + "definition", null);
        if (definition != null)
            body.append("<p class=\"definition\">").append(HtmlText.escape(definition)).append("</p>");
        body.append("<table>");
        relation(body, "Subclass of", objects(term, RDFS + "subClassOf"));
        relation(body, "Superclass of", subjects(RDFS + "subClassOf", term));
        relation(body, "Subproperty of", objects(term, RDFS + "subPropertyOf"));
        relation(body, "Superproperty of", subjects(RDFS + "subPropertyOf", term));
        relation(body, "Inverse of", objects(term, OWL + "inverseOf"));
        relation(body, "Domain", objects(term, RDFS + "domain"));
        relation(body, "Range", objects(term, RDFS + "range"));
        relation(body, "In scheme", objects(term, Prefixes.SKOS + "inScheme"));
        relation(body, "Broader", objects(term, Prefixes.SKOS + "broader"));
        relation(body, "Equivalent", objects(term, OWL + "equivalentClass"));
        relation(body, "Close match", objects(term, Prefixes.SKOS + "closeMatch"));
        if (section.equals("Classes"))
            body.append("<tr><th>Instances in the data</th><td class=\"usage\">").append(figures.classes().getOrDefault(term.getURI(), 0L)).append("</td></tr>");
        else if (section.contains("properties"))
            body.append("<tr><th>Triples in the data</th><td class=\"usage\">").append(figures.properties().getOrDefault(term.getURI(), 0L)).append("</td></tr>");
        body.append("</table></div>\n");
    }

    private void relation(StringBuilder body, String heading, List<Node> nodes) {
        List<String> links = new ArrayList<>();
        for (Node node : nodes) {
            if (!node.isURI())
                continue;
            String iri = node.getURI();
            String href = iri.startsWith(Prefixes.KZL) ? "#" + iri.substring(Prefixes.KZL.length()) : base.href(iri);
            String text = iri.startsWith(Prefixes.KZL) ? Labels.of(ontology, node, lang) : shortForm(iri);
            links.add(HtmlText.link(href, text));
        }
        if (!links.isEmpty())
            body.append("<tr><th>").append(heading).append("</th><td>").append(String.join(", ", links)).append("</td></tr>");
    }

    private static String shortForm(String iri) {
        for (Map.Entry<String, String> entry : Prefixes.standard().entrySet())
            if (iri.startsWith(entry.getValue()) && iri.length() > entry.getValue().length())
                return entry.getKey() + ":" + iri.substring(entry.getValue().length());
        return iri;
    }

    private List<Node> terms(String type) {
        List<Node> terms = new ArrayList<>();
        ontology.find(Node.ANY, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(type)).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Prefixes.KZL) && !terms.contains(t.getSubject()))
                terms.add(t.getSubject());
        });
        terms.sort(Comparator.comparing(n -> n.getURI().toLowerCase(java.util.Locale.ROOT)));
        return terms;
    }

    private List<Node> individuals() {
        List<Node> all = new ArrayList<>();
        for (String type : List.of(Prefixes.SKOS + "Concept", Prefixes.SKOS + "ConceptScheme", OWL + "NamedIndividual"))
            for (Node n : terms(type))
                if (!all.contains(n) && terms(OWL + "Class").stream().noneMatch(n::equals))
                    all.add(n);
        all.sort(Comparator.comparing(n -> n.getURI().toLowerCase(java.util.Locale.ROOT)));
        return all;
    }

    private List<Node> objects(Node s, String p) {
        List<Node> out = new ArrayList<>();
        ontology.find(s, NodeFactory.createURI(p), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private List<Node> subjects(String p, Node o) {
        List<Node> out = new ArrayList<>();
        ontology.find(Node.ANY, NodeFactory.createURI(p), o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private String text(Node s, String p, String fallback) {
        List<Node> literals = objects(s, p).stream().filter(Node::isLiteral).toList();
        String picked = Labels.pick(literals, lang);
        return picked != null ? picked : fallback;
    }

    private static String anchor(String sectionName) {
        return "section-" + sectionName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
