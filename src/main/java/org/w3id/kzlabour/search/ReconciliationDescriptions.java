package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The short texts that help a user choose between candidates: what kind of thing a candidate is and,
 * when the query met another of its names, which one ({@code city; matched "Жанаозен"}). Built from
 * the graph's facts, not from free-text comments.
 */
final class ReconciliationDescriptions {

    private ReconciliationDescriptions() {}

    static String describe(ReconciliationGraph graph, List<String> types, String name, String matchedName) {
        List<String> parts = new ArrayList<>();
        for (String type : graph.mostSpecific(types)) {
            ReconciliationGraph.ClassInfo info = graph.classInfo(type);
            if (info != null)
                parts.add(info.label());
        }
        String text = String.join(", ", parts);
        if (matchedName != null && !matchedName.isBlank() && !matchedName.equals(name))
            text = (text.isEmpty() ? "" : text + "; ") + "matched \u201c" + matchedName + "\u201d";
        return text;
    }

    /**
     * The entity's asserted types as {@code {id, name}}, most specific first (OpenRefine guesses a
     * column's type from the candidates' types, so the broader ones are listed too).
     */
    static JsonArray typeObjects(ReconciliationGraph graph, ReconciliationIds ids, List<String> types) {
        List<String> ordered = new ArrayList<>(graph.mostSpecific(types));
        types.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        JsonArray out = new JsonArray();
        for (String type : ordered) {
            ReconciliationGraph.ClassInfo info = graph.classInfo(type);
            out.add(typeObject(ids, type, info != null ? info.label() : ids.termId(type)));
        }
        return out;
    }

    static JsonObject typeObject(ReconciliationIds ids, String iri, String name) {
        JsonObject type = new JsonObject();
        type.put("id", ids.termId(iri));
        type.put("name", name);
        return type;
    }
}
