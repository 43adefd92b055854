package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.kzlabour.publish.GraphReader;

/**
 * What the reconciliation service reads from the served graph: an entity's types, names and
 * property values, and the ontology's classes with their labels and superclasses. Every lookup is a
 * fixed query with the entity bound as an IRI node ({@link GraphReader}); the classes are read once,
 * because the store does not change while it is served.
 */
final class ReconciliationGraph {

    /** A class of the ontology: its labels by language and every class it is a subclass of (itself included). */
    record ClassInfo(String iri, Map<String, String> labels, Set<String> superClasses) {
        String label() {
            String en = labels.get("en");
            if (en != null)
                return en;
            return labels.isEmpty() ? iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1) : labels.values().iterator().next();
        }
    }

    /** A value of a property: the RDF node and, for a date, its precision node (or null). */
    record Value(Node node, Node precision) {}

    /** A name of an entity and where it comes from ({@code label}, {@code alias} or {@code title}). */
    record Name(String text, String lang, String kind) {}

    private static final Query CLASSES = GraphReader.parse(
            "SELECT ?c ?sup WHERE { ?c a owl:Class . ?c rdfs:subClassOf* ?sup FILTER(isIRI(?c) && isIRI(?sup)) }");
    private static final Query CLASS_LABELS = GraphReader.parse(
            "SELECT ?c ?l WHERE { ?c a owl:Class ; rdfs:label ?l FILTER(isIRI(?c) && isLiteral(?l)) }");
    private static final Query TYPES = GraphReader.parse("SELECT DISTINCT ?t WHERE { ?s a ?t FILTER(isIRI(?t)) }");
    private static final Query NAMES = GraphReader.parse(
            "SELECT ?l ?kind WHERE { { ?s rdfs:label ?l BIND(\"label\" AS ?kind) } UNION { ?s skos:altLabel ?l BIND(\"alias\" AS ?kind) }"
            + " UNION { ?s dcterms:title ?l BIND(\"title\" AS ?kind) } FILTER(isLiteral(?l)) }");
    private static final Query DESCRIBED = GraphReader.parse("ASK { ?s ?p ?o }");

    private final GraphReader reader;
    private final Map<String, ClassInfo> classes;
    private final Map<String, Query> propertyQueries = new HashMap<>();

    ReconciliationGraph(GraphReader reader, ReconciliationProperties properties) {
        this.reader = reader;
        this.classes = readClasses(reader);
        for (ReconciliationProperty property : properties.all())
            propertyQueries.put(property.id(), GraphReader.parse("SELECT DISTINCT ?v ?precision WHERE { " + property.pattern() + " }"));
    }

    private static Map<String, ClassInfo> readClasses(GraphReader reader) {
        Map<String, Set<String>> supers = new TreeMap<>();
        for (Binding row : reader.select(CLASSES, Map.of()))
            supers.computeIfAbsent(row.get("c").getURI(), k -> new LinkedHashSet<>()).add(row.get("sup").getURI());
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (Binding row : reader.select(CLASS_LABELS, Map.of())) {
            Node label = row.get("l");
            labels.computeIfAbsent(row.get("c").getURI(), k -> new TreeMap<>()).putIfAbsent(label.getLiteralLanguage(), label.getLiteralLexicalForm());
        }
        Map<String, ClassInfo> classes = new LinkedHashMap<>();
        supers.forEach((iri, s) -> classes.put(iri, new ClassInfo(iri, labels.getOrDefault(iri, Map.of()), Collections.unmodifiableSet(s))));
        return Collections.unmodifiableMap(classes);
    }

    /** The ontology's classes by IRI. */
    Map<String, ClassInfo> classes() {
        return classes;
    }

    /** A class of the ontology, or null. */
    ClassInfo classInfo(String iri) {
        return classes.get(iri);
    }

    /** The class and all its subclasses. */
    Set<String> withSubClasses(String classIri) {
        Set<String> found = new LinkedHashSet<>();
        found.add(classIri);
        classes.values().forEach(c -> {
            if (c.superClasses().contains(classIri))
                found.add(c.iri());
        });
        return found;
    }

    /** The entity's asserted types. */
    List<String> types(String iri) {
        List<String> types = new ArrayList<>();
        for (Binding row : reader.select(TYPES, Map.of("s", NodeFactory.createURI(iri))))
            types.add(row.get("t").getURI());
        return types;
    }

    /** The entity's asserted types and all their superclasses. */
    Set<String> typeClosure(List<String> types) {
        Set<String> closure = new LinkedHashSet<>();
        for (String type : types) {
            ClassInfo info = classes.get(type);
            if (info != null)
                closure.addAll(info.superClasses());
            else
                closure.add(type);
        }
        return closure;
    }

    /** The most specific of the types: those that are not a superclass of another one. */
    List<String> mostSpecific(List<String> types) {
        List<String> specific = new ArrayList<>();
        for (String type : types) {
            boolean broader = types.stream().anyMatch(other -> !other.equals(type)
                    && classes.containsKey(other) && classes.get(other).superClasses().contains(type));
            if (!broader)
                specific.add(type);
        }
        return specific;
    }

    /** Whether the graph says anything about the IRI. */
    boolean describes(String iri) {
        return reader.ask(DESCRIBED, Map.of("s", NodeFactory.createURI(iri)));
    }

    /** The entity's labels, aliases and titles. */
    List<Name> names(String iri) {
        List<Name> names = new ArrayList<>();
        for (Binding row : reader.select(NAMES, Map.of("s", NodeFactory.createURI(iri)))) {
            Node literal = row.get("l");
            names.add(new Name(literal.getLiteralLexicalForm(), literal.getLiteralLanguage(), row.get("kind").getLiteralLexicalForm()));
        }
        return names;
    }

    /** The name to show for an entity: its English label, else a label, else a title, else the end of its IRI. */
    String name(String iri) {
        return preferredName(names(iri), iri);
    }

    static String preferredName(List<Name> names, String iri) {
        for (String kind : new String[] {"label", "title"})
            for (String lang : new String[] {"en", "", null}) {
                String best = null;
                for (Name name : names)
                    if (name.kind().equals(kind) && (lang == null || name.lang().equalsIgnoreCase(lang)))
                        if (best == null || name.text().compareTo(best) < 0)
                            best = name.text();
                if (best != null)
                    return best;
            }
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The values of a catalogue property on an entity. */
    List<Value> values(String iri, ReconciliationProperty property) {
        List<Value> values = new ArrayList<>();
        for (Binding row : reader.select(propertyQueries.get(property.id()), Map.of("s", NodeFactory.createURI(iri))))
            values.add(new Value(row.get("v"), row.get("precision")));
        return values;
    }
}
