package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.kzlabour.server.HttpError;

/**
 * Data extension (Reconciliation API 0.2, "Data Extension Service"): the values of chosen properties
 * for reconciled entities, as OpenRefine's "Add columns from reconciled values" fetches them, and the
 * property proposals it offers for a type.
 *
 * <p>A request naming a property we do not have is refused (it would fail every row alike); an id
 * that is not one of our entities gets an empty row (one bad cell must not fail the others).
 */
final class ReconciliationExtension {

    /** Most ids in one extension request (OpenRefine sends a batch of rows at a time). */
    static final int MAX_IDS = 500;
    /** Most properties in one extension request. */
    static final int MAX_PROPERTIES = 50;
    static final String DATE_FORMAT_SETTING = "date_format";

    private final ReconciliationGraph graph;
    private final ReconciliationIds ids;
    private final ReconciliationProperties catalogue;

    ReconciliationExtension(ReconciliationGraph graph, ReconciliationIds ids, ReconciliationProperties catalogue) {
        this.graph = graph;
        this.ids = ids;
        this.catalogue = catalogue;
    }

    private record Requested(ReconciliationProperty property, boolean dateTimes) {}

    /** The response to an {@code extend} query. */
    JsonObject extend(JsonValue json) {
        if (json == null || !json.isObject())
            throw HttpError.badRequest("'extend' must be a JSON object {\"ids\": [...], \"properties\": [{\"id\": ...}]}");
        JsonObject query = json.getAsObject();
        for (String key : query.keys())
            if (!key.equals("ids") && !key.equals("properties"))
                throw HttpError.badRequest("unknown field '" + ReconciliationQuery.clip(key) + "' in 'extend' (allowed: ids, properties)");
        List<String> entityIds = entityIds(query.get("ids"));
        List<Requested> requested = properties(query.get("properties"));
        JsonArray meta = new JsonArray();
        for (Requested r : requested)
            meta.add(meta(r.property()));
        JsonObject rows = new JsonObject();
        for (String id : entityIds)
            rows.put(id, row(id, requested));
        JsonObject response = new JsonObject();
        response.put("meta", meta);
        response.put("rows", rows);
        return response;
    }

    private List<String> entityIds(JsonValue value) {
        if (value == null || !value.isArray())
            throw HttpError.badRequest("'extend' needs 'ids': an array of entity ids");
        JsonArray array = value.getAsArray();
        if (array.size() > MAX_IDS)
            throw new HttpError(413, "'extend' lists " + array.size() + " ids; at most " + MAX_IDS + " per request");
        Set<String> out = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!item.isString())
                throw HttpError.badRequest("each of 'ids' must be a string");
            out.add(item.getAsString().value());
        }
        return new ArrayList<>(out);
    }

    private List<Requested> properties(JsonValue value) {
        if (value == null || !value.isArray())
            throw HttpError.badRequest("'extend' needs 'properties': an array of {\"id\": ...}");
        JsonArray array = value.getAsArray();
        if (array.size() > MAX_PROPERTIES)
            throw new HttpError(413, "'extend' asks for " + array.size() + " properties; at most " + MAX_PROPERTIES + " per request");
        List<Requested> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (!item.isObject() || !item.getAsObject().hasKey("id") || !item.getAsObject().get("id").isString())
                throw HttpError.badRequest("each of 'properties' must be an object with an 'id' string");
            JsonObject object = item.getAsObject();
            for (String key : object.keys())
                if (!key.equals("id") && !key.equals("settings"))
                    throw HttpError.badRequest("unknown field '" + ReconciliationQuery.clip(key) + "' in a property (allowed: id, settings)");
            String id = object.get("id").getAsString().value();
            String iri = ids.termIri(id);
            ReconciliationProperty property = iri == null ? null : catalogue.get(ids.termId(iri));
            if (property == null)
                throw HttpError.badRequest("unknown property '" + ReconciliationQuery.clip(id) + "' (see /reconcile/properties?type=...)");
            out.add(new Requested(property, dateTimes(object.get("settings"))));
        }
        return out;
    }

    private static boolean dateTimes(JsonValue settings) {
        if (settings == null)
            return false;
        if (!settings.isObject())
            throw HttpError.badRequest("a property's 'settings' must be an object");
        JsonValue format = settings.getAsObject().get(DATE_FORMAT_SETTING);
        if (format == null)
            return false;
        if (format.isString() && format.getAsString().value().equals("precision"))
            return false;
        if (format.isString() && format.getAsString().value().equals("datetime"))
            return true;
        throw HttpError.badRequest("setting '" + DATE_FORMAT_SETTING + "' must be \"precision\" or \"datetime\"");
    }

    private JsonObject meta(ReconciliationProperty property) {
        JsonObject meta = new JsonObject();
        meta.put("id", property.id());
        meta.put("name", property.name());
        return meta;
    }

    private JsonObject row(String id, List<Requested> requested) {
        JsonObject row = new JsonObject();
        String iri = ids.entityIri(id);
        boolean known = iri != null && graph.describes(iri);
        for (Requested r : requested) {
            JsonArray cells = new JsonArray();
            if (known)
                for (ReconciliationGraph.Value value : graph.values(iri, r.property())) {
                    JsonObject cell = ReconciliationValues.cell(value, r.property(), ids, graph, r.dateTimes());
                    if (cell != null && !cells.contains(cell))
                        cells.add(cell);
                }
            row.put(r.property().id(), cells);
        }
        return row;
    }

    /**
     * The properties proposed for a type: those whose domain is the type or one of its superclasses.
     * Without a type (a column reconciled against no particular type) every property is proposed.
     */
    JsonObject propose(String typeId, String limitText) {
        boolean anyType = typeId == null || typeId.isBlank();
        String iri = anyType ? null : ids.termIri(typeId);
        ReconciliationGraph.ClassInfo type = iri == null ? null : graph.classInfo(iri);
        if (!anyType && type == null)
            throw HttpError.badRequest("unknown type '" + ReconciliationQuery.clip(typeId) + "'");
        int limit = ReconciliationSuggest.count(limitText, "limit", 500);
        JsonArray properties = new JsonArray();
        for (ReconciliationProperty property : catalogue.all()) {
            if (properties.size() >= limit)
                break;
            if (anyType || property.appliesToAll() || property.domains().stream().anyMatch(d -> type.superClasses().contains(ids.schemaSpace() + d))) {
                JsonObject p = new JsonObject();
                p.put("id", property.id());
                p.put("name", property.name());
                p.put("description", property.description());
                properties.add(p);
            }
        }
        JsonObject response = new JsonObject();
        if (!anyType)
            response.put("type", typeId);
        if (limitText != null)
            response.put("limit", limit);
        response.put("properties", properties);
        return response;
    }
}
