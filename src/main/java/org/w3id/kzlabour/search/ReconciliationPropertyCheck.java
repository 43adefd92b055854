package org.w3id.kzlabour.search;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.kzlabour.search.ReconciliationGraph.Value;
import org.w3id.kzlabour.search.ReconciliationQuery.EntityRef;
import org.w3id.kzlabour.search.ReconciliationQuery.PropertyValue;

/**
 * Compares the property values a query gives with a candidate's values in the graph. A value given as
 * text meets an entity value when it is one of that entity's names under {@link NameKey} or when the
 * search engine finds that entity for it by a label, alias or transliteration (so "Mangistau" meets the
 * region labelled "Mangystau Region", and "Жанаозен" the city labelled "Zhanaozen"), or when it is the
 * entity's id ({@code place/almaty}). One checker serves
 * one query, so that each given text is searched once for all candidates.
 */
final class ReconciliationPropertyCheck {

    /** What the graph says about one given property value of a candidate. */
    enum Outcome {
        /** One of the candidate's values is the given value. */
        MATCH,
        /** The candidate has values for the property, and none is the given value. */
        CONTRADICT,
        /** The graph has no value of the property for the candidate (or does not know the property). */
        UNKNOWN
    }

    private final EntitySearch search;
    private final ReconciliationGraph graph;
    private final String identifierSpace;
    private final Map<String, Set<String>> entitiesNamed = new HashMap<>();

    ReconciliationPropertyCheck(EntitySearch search, ReconciliationGraph graph, String identifierSpace) {
        this.search = search;
        this.graph = graph;
        this.identifierSpace = identifierSpace;
    }

    Outcome check(String candidate, PropertyValue given) {
        if (given.property() == null)
            return Outcome.UNKNOWN;
        List<Value> values = graph.values(candidate, given.property());
        if (values.isEmpty())
            return Outcome.UNKNOWN;
        for (Object wanted : given.values())
            for (Value value : values)
                if (meets(wanted, value, given.property()))
                    return Outcome.MATCH;
        return Outcome.CONTRADICT;
    }

    private boolean meets(Object wanted, Value value, ReconciliationProperty property) {
        Node node = value.node();
        if (wanted instanceof EntityRef ref)
            return node.isURI() && node.getURI().equals(ref.iri());
        if (wanted instanceof Boolean b)
            return node.isLiteral() && node.getLiteralLexicalForm().equals(b.toString());
        if (wanted instanceof Number n)
            return sameNumber(n, node);
        String text = (String) wanted;
        if (text.isEmpty())
            return false;
        return switch (property.kind()) {
            case ENTITY -> node.isURI() && (node.getURI().equals(text) || node.getURI().equals(identifierSpace + text)
                                            || namedBy(text).contains(node.getURI()) || hasName(node.getURI(), text));
            case DATE -> node.isLiteral() && sameDate(text, node.getLiteralLexicalForm(), value.precision());
            case PRECISION -> text.equalsIgnoreCase(String.valueOf(ReconciliationValues.precisionWord(value.precision())));
            case WIKIDATA -> text.equalsIgnoreCase(String.valueOf(ReconciliationValues.qid(node))) || text.equals(node.getURI());
            case TYPE_LABEL -> node.isURI() && typeNamed(node.getURI(), text);
            case INTEGER, FLOAT -> sameNumber(parse(text), node);
            case STRING -> node.isLiteral() && sameName(text, node.getLiteralLexicalForm());
        };
    }

    /** The entities the engine finds for a text by a label, alias or transliteration (not by a fuzzy match). */
    private Set<String> namedBy(String text) {
        return entitiesNamed.computeIfAbsent(text, t -> {
            Set<String> iris = new HashSet<>();
            for (SearchHit hit : search.search(t, Set.of(), 10))
                if (hit.kind() != MatchKind.FUZZY)
                    iris.add(hit.iri());
            return iris;
        });
    }

    private boolean hasName(String iri, String text) {
        return graph.names(iri).stream().anyMatch(name -> sameName(text, name.text()));
    }

    private boolean typeNamed(String classIri, String text) {
        ReconciliationGraph.ClassInfo info = graph.classInfo(classIri);
        if (info == null)
            return false;
        return classIri.endsWith("#" + text) || info.labels().values().stream().anyMatch(label -> sameName(text, label));
    }

    static boolean sameName(String a, String b) {
        String ka = NameKey.of(a);
        return !ka.isEmpty() && ka.equals(NameKey.of(b));
    }

    /** A given date meets a value when one is the other at the coarser of their precisions: "2011" meets 2011-12-16. */
    static boolean sameDate(String given, String lexical, Node precision) {
        String value = ReconciliationValues.dateAtPrecision(lexical, precision);
        String wanted = given.strip();
        if (wanted.length() > 10 && wanted.charAt(10) == 'T')
            wanted = wanted.substring(0, 10);
        if (!wanted.matches("-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"))
            return false;
        return wanted.startsWith(value) || value.startsWith(wanted);
    }

    private static Number parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static boolean sameNumber(Number wanted, Node node) {
        Number have = ReconciliationValues.number(node);
        if (wanted == null || have == null)
            return false;
        return new BigDecimal(wanted.toString()).compareTo(new BigDecimal(have.toString())) == 0;
    }
}
