package org.w3id.kzlabour.search;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Which properties hold a resource's names, and which resources are searched for.
 *
 * <p>Labels: {@code rdfs:label}, {@code skos:prefLabel}, {@code dcterms:title} (source documents),
 * {@code schema:name}, {@code foaf:name}; aliases: {@code skos:altLabel}, {@code skos:hiddenLabel}.
 * Searched are the graph's named and typed IRIs except claims and the ontology's own terms (classes,
 * properties, shapes): a user looks for a place or a union, not for the sentence claiming it.
 */
public final class NameProperties {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String KZL = "https://w3id.org/kz-labour/ontology#";

    public static final Node TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node RDFS_LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");

    /** Label properties, in the order a display label is picked from. */
    public static final List<Node> LABELS = List.of(RDFS_LABEL, PREF_LABEL,
            NodeFactory.createURI("http://purl.org/dc/terms/title"),
            NodeFactory.createURI("https://schema.org/name"),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"));
    public static final List<Node> ALIASES = List.of(ALT_LABEL, NodeFactory.createURI(SKOS + "hiddenLabel"));

    /** Types whose instances are never search results. */
    static final Set<String> EXCLUDED_TYPES = Set.of(KZL + "Claim");
    /** Namespaces of vocabulary terms: a resource typed in one of them is part of an ontology, not the data. */
    static final List<String> VOCABULARY_NAMESPACES = List.of(RDF, RDFS, OWL, SH);

    private NameProperties() {}

    /** All name properties (labels then aliases). */
    public static List<Node> all() {
        return java.util.stream.Stream.concat(LABELS.stream(), ALIASES.stream()).toList();
    }

    static NameMatcher.Role roleOf(Node predicate) {
        return ALIASES.contains(predicate) ? NameMatcher.Role.ALIAS : NameMatcher.Role.LABEL;
    }

    /** Whether a resource with these types is searched for (it has a type, and none excludes it). */
    static boolean searchable(List<String> types) {
        if (types.isEmpty())
            return false;
        for (String type : types) {
            if (EXCLUDED_TYPES.contains(type))
                return false;
            for (String ns : VOCABULARY_NAMESPACES)
                if (type.startsWith(ns))
                    return false;
        }
        return true;
    }

    /** Whether these types make a resource a person (any vocabulary's class named Person). */
    static boolean isPerson(List<String> types) {
        for (String type : types)
            if (type.endsWith("#Person") || type.endsWith("/Person"))
                return true;
        return false;
    }
}
