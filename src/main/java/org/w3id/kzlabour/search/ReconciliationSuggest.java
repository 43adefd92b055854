package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.server.HttpError;

/**
 * Auto-completion (Reconciliation API 0.2, "Suggest Services") for entities, types and properties,
 * as OpenRefine uses it when a user picks a candidate, a type or a property by hand. A suggestion's
 * name starts with the prefix, or a word of it does (ignoring case, diacritics and script through
 * {@link NameKey}); entities the search engine finds for the prefix follow, so that a Cyrillic or
 * variant spelling typed in full is suggested too.
 */
final class ReconciliationSuggest {

    static final int PAGE = 10;
    private static final int MAX_PREFIX = 200;
    private static final Query ENTITY_PREFIX = GraphReader.parse(
            "SELECT ?s ?l WHERE { ?s rdfs:label|skos:altLabel ?l FILTER(isIRI(?s) && isLiteral(?l) && STRSTARTS(STR(?s), ?space)"
            + " && (STRSTARTS(LCASE(STR(?l)), ?p) || CONTAINS(LCASE(STR(?l)), CONCAT(\" \", ?p)))) } LIMIT 1000");

    private final EntitySearch search;
    private final GraphReader reader;
    private final ReconciliationGraph graph;
    private final ReconciliationIds ids;
    private final ReconciliationProperties catalogue;

    ReconciliationSuggest(EntitySearch search, GraphReader reader, ReconciliationGraph graph, ReconciliationIds ids, ReconciliationProperties catalogue) {
        this.search = search;
        this.reader = reader;
        this.graph = graph;
        this.ids = ids;
        this.catalogue = catalogue;
    }

    /** Entities whose name starts with the prefix (or a word of it does), then what the engine finds for it. */
    JsonObject entities(String prefixText, String cursorText, String typeId) {
        String prefix = prefix(prefixText);
        int cursor = count(cursorText, "cursor", 0);
        Set<String> types = Set.of();
        if (typeId != null && !typeId.isBlank()) {
            String iri = ids.termIri(typeId);
            if (iri == null || graph.classInfo(iri) == null)
                throw HttpError.badRequest("unknown type '" + ReconciliationQuery.clip(typeId) + "'");
            types = graph.withSubClasses(iri);
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String iri : byPrefix(prefix))
            if (types.isEmpty() || graph.typeClosure(graph.types(iri)).stream().anyMatch(types::contains))
                found.putIfAbsent(iri, null);
        if (!prefix.isEmpty())
            for (SearchHit hit : search.search(prefix, types, Math.min(ReconciliationQuery.MAX_LIMIT, cursor + PAGE + 10)))
                if (hit.iri().startsWith(ids.identifierSpace()))
                    found.putIfAbsent(hit.iri(), hit.matchedName());
        JsonArray result = new JsonArray();
        List<Map.Entry<String, String>> all = new ArrayList<>(found.entrySet());
        for (int i = cursor; i < all.size() && result.size() < PAGE; i++) {
            String iri = all.get(i).getKey();
            List<String> entityTypes = graph.types(iri);
            String name = graph.name(iri);
            JsonObject item = new JsonObject();
            item.put("id", ids.entityId(iri));
            item.put("name", name);
            String description = ReconciliationDescriptions.describe(graph, entityTypes, name, all.get(i).getValue());
            if (!description.isEmpty())
                item.put("description", description);
            item.put("notable", ReconciliationDescriptions.typeObjects(graph, ids, entityTypes));
            result.add(item);
        }
        return wrap(result);
    }

    /** Entities with a name that starts with the prefix (first) or has a word that does, shorter names first. */
    private List<String> byPrefix(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Node> bindings = Map.of("p", NodeFactory.createLiteralString(lower), "space", NodeFactory.createLiteralString(ids.identifierSpace()));
        for (Binding row : reader.select(ENTITY_PREFIX, bindings)) {
            String label = row.get("l").getLiteralLexicalForm();
            int r = (label.toLowerCase(Locale.ROOT).startsWith(lower) ? 0 : 100_000) + label.length();
            rank.merge(row.get("s").getURI(), r, Math::min);
        }
        List<String> iris = new ArrayList<>(rank.keySet());
        iris.sort(Comparator.comparingInt((String iri) -> rank.get(iri)).thenComparing(Comparator.naturalOrder()));
        return iris;
    }

    /** Classes of the ontology whose label (any language) or local name starts with the prefix, or has a word that does. */
    JsonObject types(String prefixText, String cursorText) {
        String key = NameKey.of(prefix(prefixText));
        int cursor = count(cursorText, "cursor", 0);
        List<JsonObject> all = new ArrayList<>();
        for (ReconciliationGraph.ClassInfo info : graph.classes().values()) {
            if (!info.iri().startsWith(ids.schemaSpace()))
                continue;
            List<String> names = new ArrayList<>(info.labels().values());
            names.add(ids.termId(info.iri()));
            if (names.stream().anyMatch(n -> startsWith(n, key))) {
                JsonObject type = ReconciliationDescriptions.typeObject(ids, info.iri(), info.label());
                JsonArray broader = new JsonArray();
                for (String sup : info.superClasses())
                    if (!sup.equals(info.iri()) && sup.startsWith(ids.schemaSpace()) && graph.classInfo(sup) != null && isDirect(info, sup))
                        broader.add(ReconciliationDescriptions.typeObject(ids, sup, graph.classInfo(sup).label()));
                if (!broader.isEmpty())
                    type.put("broader", broader);
                all.add(type);
            }
        }
        return wrap(page(all, cursor));
    }

    /** A superclass is direct when no other superclass of the class lies between them. */
    private boolean isDirect(ReconciliationGraph.ClassInfo info, String sup) {
        for (String other : info.superClasses()) {
            if (other.equals(info.iri()) || other.equals(sup))
                continue;
            ReconciliationGraph.ClassInfo between = graph.classInfo(other);
            if (between != null && between.superClasses().contains(sup))
                return false;
        }
        return true;
    }

    /** Properties of the catalogue whose name or id starts with the prefix, or has a word that does. */
    JsonObject properties(String prefixText, String cursorText) {
        String key = NameKey.of(prefix(prefixText));
        int cursor = count(cursorText, "cursor", 0);
        List<JsonObject> all = new ArrayList<>();
        for (ReconciliationProperty property : catalogue.all())
            if (startsWith(property.name(), key) || startsWith(property.id(), key)) {
                JsonObject p = new JsonObject();
                p.put("id", property.id());
                p.put("name", property.name());
                p.put("description", property.description());
                all.add(p);
            }
        return wrap(page(all, cursor));
    }

    private static JsonArray page(List<JsonObject> all, int cursor) {
        JsonArray result = new JsonArray();
        for (int i = cursor; i < all.size() && result.size() < PAGE; i++)
            result.add(all.get(i));
        return result;
    }

    private static boolean startsWith(String name, String key) {
        if (key.isEmpty())
            return true;
        String k = NameKey.of(name);
        return k.startsWith(key) || k.contains(" " + key) || NameKey.of(splitCamel(name)).startsWith(key);
    }

    private static String splitCamel(String id) {
        return id.replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    private static JsonObject wrap(JsonArray result) {
        JsonObject out = new JsonObject();
        out.put("result", result);
        return out;
    }

    private static String prefix(String prefix) {
        if (prefix == null)
            throw HttpError.badRequest("'prefix' is required");
        String p = prefix.strip();
        if (p.length() > MAX_PREFIX)
            throw HttpError.badRequest("'prefix' is longer than " + MAX_PREFIX + " characters");
        return p;
    }

    /** A non-negative whole number parameter, or its default when absent. */
    static int count(String text, String name, int absent) {
        if (text == null || text.isEmpty())
            return absent;
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0)
                throw HttpError.badRequest("'" + name + "' must be a non-negative whole number");
            return Math.min(n, 10_000);
        } catch (NumberFormatException ex) {
            throw HttpError.badRequest("'" + name + "' must be a non-negative whole number");
        }
    }
}
