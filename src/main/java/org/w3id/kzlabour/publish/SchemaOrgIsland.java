package org.w3id.kzlabour.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The JSON-LD island of an entity page: the resource described with schema.org terms where ours
 * map onto them (Event, Person, Organization, Place, Legislation, CreativeWork, Claim; name,
 * dates at their precision, location, coordinates, sameAs), so search engines and generic
 * schema.org tools understand the page without knowing our ontology.
 */
public final class SchemaOrgIsland {

    private static final String S = Prefixes.SCHEMA;
    private static final String KZL = Prefixes.KZL;
    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private SchemaOrgIsland() {}

    /**
     * @param description the resource's description graph
     * @param superTypes  every class the resource belongs to, with superclasses
     * @param pageUrl     the URL of the HTML page
     * @return JSON-LD text, safe to put inside a script element
     */
    public static ScriptJson build(Graph description, Node subject, Set<String> superTypes, String pageUrl) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefix("schema", S);
        add(out, subject, RDF_TYPE, NodeFactory.createURI(S + schemaType(superTypes)));
        add(out, subject, uri(S + "url"), NodeFactory.createLiteralString(pageUrl));
        add(out, subject, uri(S + "identifier"), NodeFactory.createLiteralString(subject.getURI()));
        copy(description, out, subject, Labels.LABEL, S + "name");
        copy(description, out, subject, Labels.TITLE, S + "name");
        copy(description, out, subject, uri(Prefixes.SKOS + "altLabel"), S + "alternateName");
        copy(description, out, subject, uri(Prefixes.RDFS + "comment"), S + "description");
        copy(description, out, subject, uri(Prefixes.OWL + "sameAs"), S + "sameAs");
        date(description, out, subject, "date", "startDate");
        date(description, out, subject, "startDate", "startDate");
        date(description, out, subject, "endDate", "endDate");
        linked(description, out, subject, KZL + "place", S + "location");
        linked(description, out, subject, KZL + "locatedIn", S + "containedInPlace");
        linked(description, out, subject, KZL + "claimSubject", S + "about");
        linked(description, out, subject, KZL + "claimant", S + "author");
        linked(description, out, subject, Prefixes.DCTERMS + "publisher", S + "publisher");
        copy(description, out, subject, uri(KZL + "quote"), S + "text");
        Node issued = first(description, subject, uri(Prefixes.DCTERMS + "issued"));
        if (issued != null && issued.isLiteral())
            add(out, subject, uri(S + "datePublished"), NodeFactory.createLiteralString(issued.getLiteralLexicalForm()));
        Node lat = first(description, subject, uri(Prefixes.GEO + "lat"));
        Node lon = first(description, subject, uri(Prefixes.GEO + "long"));
        if (lat != null && lon != null && lat.isLiteral() && lon.isLiteral()) {
            Node geo = NodeFactory.createBlankNode();
            add(out, subject, uri(S + "geo"), geo);
            add(out, geo, RDF_TYPE, uri(S + "GeoCoordinates"));
            add(out, geo, uri(S + "latitude"), NodeFactory.createLiteralDT(lat.getLiteralLexicalForm(), XSDDatatype.XSDdecimal));
            add(out, geo, uri(S + "longitude"), NodeFactory.createLiteralDT(lon.getLiteralLexicalForm(), XSDDatatype.XSDdecimal));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(out).format(RDFFormat.JSONLD11_PRETTY).output(bytes);
        return ScriptJson.of(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The schema.org class a resource maps to, by its most telling class of ours. */
    static String schemaType(Set<String> superTypes) {
        List<String[]> mapping = List.of(
                new String[] {"Event", "Event"}, new String[] {"Person", "Person"}, new String[] {"Organisation", "Organization"},
                new String[] {"Place", "Place"}, new String[] {"LegalInstrument", "Legislation"},
                new String[] {"SourceDocument", "CreativeWork"}, new String[] {"Claim", "Claim"});
        for (String[] pair : mapping)
            if (superTypes.contains(KZL + pair[0]))
                return pair[1];
        return "Thing";
    }

    /** A date of ours as schema.org text at its precision: "2023-12-11", "2014-06" or "2020". */
    private static void date(Graph in, Graph out, Node subject, String ours, String theirs) {
        Node value = first(in, subject, uri(KZL + ours));
        if (value == null || !value.isLiteral())
            return;
        Node precision = first(in, subject, uri(KZL + ours + "Precision"));
        String lexical = value.getLiteralLexicalForm();
        String text = lexical;
        if (precision != null && precision.isURI() && lexical.length() >= 10) {
            if (precision.getURI().equals(DateText.UNIT_YEAR)) text = lexical.substring(0, 4);
            else if (precision.getURI().equals(DateText.UNIT_MONTH)) text = lexical.substring(0, 7);
        }
        add(out, subject, uri(S + theirs), NodeFactory.createLiteralString(text));
    }

    private static void linked(Graph in, Graph out, Node subject, String ours, String theirs) {
        in.find(subject, uri(ours), Node.ANY).forEachRemaining(t -> {
            Node target = t.getObject();
            if (!target.isURI())
                return;
            add(out, subject, uri(theirs), target);
            String name = Labels.of(in, target, "en");
            add(out, target, uri(S + "name"), NodeFactory.createLiteralString(name));
        });
    }

    private static void copy(Graph in, Graph out, Node subject, Node ours, String theirs) {
        in.find(subject, ours, Node.ANY).forEachRemaining(t -> add(out, subject, uri(theirs), t.getObject()));
    }

    private static Node first(Graph graph, Node subject, Node predicate) {
        var it = graph.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static void add(Graph graph, Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
