package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One query of a reconciliation batch (Reconciliation API 0.2, section "Structure of a Reconciliation
 * Query"), read strictly: a field the API does not define, a type we do not have, a limit that is not
 * a positive whole number, or a property without {@code pid} and {@code v} makes the query invalid.
 *
 * @param text       the name to match (may be empty only when properties are given)
 * @param types      the requested type IRIs (empty: any type)
 * @param strictness how the types restrict the candidates
 * @param limit      most candidates returned
 * @param properties property values that raise (match) or lower (contradict) a candidate's score
 */
record ReconciliationQuery(String text, Set<String> types, Strictness strictness, int limit, List<PropertyValue> properties) {

    /** Longest query text accepted: a spreadsheet cell holding a name, not a document. */
    static final int MAX_TEXT = 500;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    /** Most {@code properties} of one query, and most values of one property (each text value may cost a search). */
    static final int MAX_PROPERTIES = 10;
    static final int MAX_VALUES = 10;
    private static final Set<String> FIELDS = Set.of("query", "type", "type_strict", "limit", "properties");

    /** {@code type_strict}: any requested type, all of them, or a preference only (candidates of other types score lower). */
    enum Strictness { ANY, ALL, SHOULD }

    /** One {@code {pid, v}} of the query; each value is a string, number, boolean or an entity id. */
    record PropertyValue(ReconciliationProperty property, String pid, List<Object> values) {}

    /** An entity given by id in a property value ({@code {"id": ...}}). */
    record EntityRef(String iri) {}

    static ReconciliationQuery parse(JsonValue json, ReconciliationIds ids, ReconciliationGraph graph, ReconciliationProperties catalogue) {
        if (json == null || !json.isObject())
            throw new InvalidQueryException("a query must be a JSON object");
        JsonObject query = json.getAsObject();
        for (String key : query.keys())
            if (!FIELDS.contains(key))
                throw new InvalidQueryException("unknown field '" + clip(key) + "' (allowed: query, type, type_strict, limit, properties)");
        String text = text(query.get("query"));
        List<PropertyValue> properties = properties(query.get("properties"), ids, catalogue);
        if (text.isEmpty() && properties.isEmpty())
            throw new InvalidQueryException("'query' must be a non-empty string (or 'properties' given)");
        return new ReconciliationQuery(text, types(query.get("type"), ids, graph), strictness(query.get("type_strict")),
                                       limit(query.get("limit")), properties);
    }

    private static String text(JsonValue value) {
        if (value == null)
            return "";
        if (!value.isString())
            throw new InvalidQueryException("'query' must be a string");
        String text = value.getAsString().value().strip();
        if (text.length() > MAX_TEXT)
            throw new InvalidQueryException("'query' is longer than " + MAX_TEXT + " characters");
        return text;
    }

    private static Set<String> types(JsonValue value, ReconciliationIds ids, ReconciliationGraph graph) {
        Set<String> types = new LinkedHashSet<>();
        if (value == null)
            return types;
        List<JsonValue> items = new ArrayList<>();
        if (value.isArray())
            value.getAsArray().forEach(items::add);
        else
            items.add(value);
        if (items.size() > 20)
            throw new InvalidQueryException("'type' lists more than 20 types");
        for (JsonValue item : items) {
            if (!item.isString())
                throw new InvalidQueryException("'type' must be a type id or an array of type ids");
            String id = item.getAsString().value();
            String iri = ids.termIri(id);
            if (iri == null || graph.classInfo(iri) == null)
                throw new InvalidQueryException("unknown type '" + clip(id) + "' (see the manifest's defaultTypes or /reconcile/suggest/type)");
            types.add(iri);
        }
        return types;
    }

    private static Strictness strictness(JsonValue value) {
        if (value == null)
            return Strictness.ANY;
        if (value.isString())
            switch (value.getAsString().value()) {
                case "any": return Strictness.ANY;
                case "all": return Strictness.ALL;
                case "should": return Strictness.SHOULD;
                default: break;
            }
        throw new InvalidQueryException("'type_strict' must be \"any\", \"all\" or \"should\"");
    }

    private static int limit(JsonValue value) {
        if (value == null)
            return DEFAULT_LIMIT;
        if (!value.isNumber())
            throw new InvalidQueryException("'limit' must be a number");
        Number number = value.getAsNumber().value();
        double d = number.doubleValue();
        if (Double.isNaN(d) || d < 1 || d != Math.floor(d))
            throw new InvalidQueryException("'limit' must be a positive whole number");
        return (int) Math.min(d, MAX_LIMIT);
    }

    private static List<PropertyValue> properties(JsonValue value, ReconciliationIds ids, ReconciliationProperties catalogue) {
        List<PropertyValue> properties = new ArrayList<>();
        if (value == null)
            return properties;
        if (!value.isArray())
            throw new InvalidQueryException("'properties' must be an array of {\"pid\": ..., \"v\": ...}");
        JsonArray array = value.getAsArray();
        if (array.size() > MAX_PROPERTIES)
            throw new InvalidQueryException("'properties' has more than " + MAX_PROPERTIES + " entries");
        for (JsonValue item : array) {
            if (!item.isObject())
                throw new InvalidQueryException("each of 'properties' must be an object {\"pid\": ..., \"v\": ...}");
            JsonObject object = item.getAsObject();
            for (String key : object.keys())
                if (!key.equals("pid") && !key.equals("v"))
                    throw new InvalidQueryException("unknown field '" + clip(key) + "' in a property (allowed: pid, v)");
            JsonValue pid = object.get("pid");
            if (pid == null || !pid.isString() || pid.getAsString().value().isEmpty())
                throw new InvalidQueryException("a property needs a 'pid' string");
            if (!object.hasKey("v"))
                throw new InvalidQueryException("property '" + clip(pid.getAsString().value()) + "' needs a value 'v'");
            String pidText = pid.getAsString().value();
            String iri = ids.termIri(pidText);
            String local = iri == null ? pidText : ids.termId(iri);
            properties.add(new PropertyValue(catalogue.get(local), pidText, values(object.get("v"), ids)));
        }
        return properties;
    }

    private static List<Object> values(JsonValue v, ReconciliationIds ids) {
        List<Object> values = new ArrayList<>();
        if (v.isArray()) {
            if (v.getAsArray().size() > MAX_VALUES)
                throw new InvalidQueryException("a property value list has more than " + MAX_VALUES + " values");
            for (JsonValue item : v.getAsArray())
                values.add(value(item, ids));
        } else {
            values.add(value(v, ids));
        }
        return values;
    }

    private static Object value(JsonValue v, ReconciliationIds ids) {
        if (v.isString()) {
            String s = v.getAsString().value().strip();
            if (s.length() > MAX_TEXT)
                throw new InvalidQueryException("a property value is longer than " + MAX_TEXT + " characters");
            return s;
        }
        if (v.isNumber())
            return v.getAsNumber().value();
        if (v.isBoolean())
            return v.getAsBoolean().value();
        if (v.isObject()) {
            JsonValue id = v.getAsObject().get("id");
            if (id == null || !id.isString())
                throw new InvalidQueryException("an entity property value needs an 'id' string");
            String iri = ids.entityIri(id.getAsString().value());
            return new EntityRef(iri == null ? "" : iri);
        }
        throw new InvalidQueryException("a property value must be a string, number, boolean or {\"id\": ...}");
    }

    static String clip(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }
}
