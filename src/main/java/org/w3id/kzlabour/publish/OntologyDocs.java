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
    private final PageLanguage language;
    private final String lang;
    private final PublicBase base;

    private OntologyDocs(Graph ontology, SiteStatistics.Figures figures, PageLanguage language, PublicBase base) {
        this.ontology = ontology;
        this.figures = figures;
        this.language = language;
        this.lang = language.code();
        this.base = base;
    }

    public static String render(Graph ontology, SiteStatistics.Figures figures, PageLanguage language, PublicBase base) {
        return new OntologyDocs(ontology, figures, language, base).render();
    }

    /**
     * The model of {@code ontology.jte}: language, title, ontology IRI, version and description
     * (either may be null), the sections.
     */
    public record Page(PageLanguage language, Shown title, String iri, String version, Shown description, List<Section> sections) {}

    /**
     * A text from the ontology as shown, with its language when that is not the page's (else null),
     * for the {@code lang} attribute: a term without a Russian label shows its English one, marked.
     */
    public record Shown(String text, String lang) {}

    /** A section of terms (classes, object properties, ...) with its anchor; the name is already in the page's language. */
    public record Section(String name, String anchor, List<Term> terms) {}

    /**
     * One term: local name (its anchor), label in the page's language, all its labels (shown when
     * more than one), definition (or null), relations to other terms, and how often the data uses it
     * (heading null when not counted).
     */
    public record Term(String local, Shown label, List<LangLabel> labels, Shown definition, List<Relation> relations,
                       String usageHeading, long usage) {}

    /** A label with its language tag. */
    public record LangLabel(String text, String lang) {}

    /** A row of a term's table: "Subclass of" and the terms it links to. */
    public record Relation(String heading, List<Link> links) {}

    /** A link: target, text and the text's language when not the page's (else null). */
    public record Link(String href, String text, String lang) {}

    private String render() {
        Node ontologyNode = NodeFactory.createURI(base.ontologyIri());
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        groups.put("Classes", terms(OWL + "Class"));
        groups.put("Object properties", terms(OWL + "ObjectProperty"));
        groups.put("Datatype properties", terms(OWL + "DatatypeProperty"));
        groups.put("Annotation properties", terms(OWL + "AnnotationProperty"));
        groups.put("Concepts and other individuals", individuals());
        List<Section> sections = new ArrayList<>();
        groups.forEach((name, terms) -> sections.add(new Section(language.text("ontology.section." + anchor(name).substring("section-".length())),
                anchor(name), terms.stream().map(t -> term(t, name)).toList())));
        Shown title = shown(ontologyNode, Prefixes.DCTERMS + "title");
        if (title == null)
            title = new Shown(language.text("ontology.title"), null);
        Shown version = shown(ontologyNode, OWL + "versionInfo");
        return PageTemplates.render("ontology.jte", new Page(language, title, base.ontologyIri(), version == null ? null : version.text(),
                shown(ontologyNode, Prefixes.DCTERMS + "description"), sections));
    }

    private Term term(Node term, String section) {
        String local = term.getURI().substring(Prefixes.KZL.length());
        List<LangLabel> labels = new ArrayList<>();
        ontology.find(term, Labels.LABEL, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral())
                labels.add(new LangLabel(t.getObject().getLiteralLexicalForm(), t.getObject().getLiteralLanguage()));
        });
        List<Relation> relations = new ArrayList<>();
        relation(relations, "ontology.subClassOf", objects(term, RDFS + "subClassOf"));
        relation(relations, "ontology.superClassOf", subjects(RDFS + "subClassOf", term));
        relation(relations, "ontology.subPropertyOf", objects(term, RDFS + "subPropertyOf"));
        relation(relations, "ontology.superPropertyOf", subjects(RDFS + "subPropertyOf", term));
        relation(relations, "ontology.inverseOf", objects(term, OWL + "inverseOf"));
        relation(relations, "ontology.domain", objects(term, RDFS + "domain"));
        relation(relations, "ontology.range", objects(term, RDFS + "range"));
        relation(relations, "ontology.inScheme", objects(term, Prefixes.SKOS + "inScheme"));
        relation(relations, "ontology.broader", objects(term, Prefixes.SKOS + "broader"));
        relation(relations, "ontology.equivalent", objects(term, OWL + "equivalentClass"));
        relation(relations, "ontology.closeMatch", objects(term, Prefixes.SKOS + "closeMatch"));
        String usageHeading = null;
        long usage = 0;
        if (section.equals("Classes")) {
            usageHeading = language.text("ontology.instances");
            usage = figures.classes().getOrDefault(term.getURI(), 0L);
        } else if (section.contains("properties")) {
            usageHeading = language.text("ontology.triples");
            usage = figures.properties().getOrDefault(term.getURI(), 0L);
        }
        return new Term(local, label(term), labels, shown(term, Prefixes.SKOS + "definition"), relations, usageHeading, usage);
    }

    private void relation(List<Relation> relations, String heading, List<Node> nodes) {
        List<Link> links = new ArrayList<>();
        for (Node node : nodes) {
            if (!node.isURI())
                continue;
            String iri = node.getURI();
            String href = iri.startsWith(Prefixes.KZL) ? "#" + iri.substring(Prefixes.KZL.length()) : language.href(base.href(iri));
            if (iri.startsWith(Prefixes.KZL)) {
                Shown label = label(node);
                links.add(new Link(href, label.text(), label.lang()));
            } else {
                links.add(new Link(href, shortForm(iri), ""));
            }
        }
        if (!links.isEmpty())
            relations.add(new Relation(language.text(heading), links));
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

    /** The term's label in the page's language, else its English one marked as English, else its local name (no language). */
    private Shown label(Node term) {
        Shown shown = shown(term, RDFS + "label");
        return shown != null ? shown : new Shown(Labels.localName(term), "");
    }

    /** The literal of s p in the page's language, else English, else any, with its language when not the page's; null for none. */
    private Shown shown(Node s, String p) {
        List<Node> literals = objects(s, p).stream().filter(Node::isLiteral).toList();
        String picked = Labels.pick(literals, lang);
        if (picked == null)
            return null;
        String tag = literals.stream().filter(n -> n.getLiteralLexicalForm().equals(picked)).map(Node::getLiteralLanguage).findFirst().orElse("");
        return new Shown(picked, tag.equalsIgnoreCase(lang) ? null : tag);
    }

    private static String anchor(String sectionName) {
        return "section-" + sectionName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
