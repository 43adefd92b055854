package org.w3id.kzlabour.search;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The service manifest (Reconciliation API 0.2, "Service Manifest"), answered to a GET on
 * {@code /reconcile} without queries. Its URLs point back to the scheme, host and port the client
 * called, so that a server reached as {@code http://127.0.0.1:3030} links its previews and entity
 * pages there, whatever public base its IRIs have.
 */
final class ReconciliationManifest {

    /** Queries per batch: OpenRefine sends batches of this size, and a larger batch is refused with 413. */
    static final int BATCH_SIZE = 100;

    /** The main classes offered as types to reconcile against, by local name. */
    static final List<String> DEFAULT_TYPES = List.of("Organisation", "TradeUnion", "Person", "Place", "Event", "SourceDocument", "LegalInstrument");

    private ReconciliationManifest() {}

    static JsonObject build(String root, ReconciliationIds ids, ReconciliationGraph graph) {
        JsonObject manifest = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.1");
        versions.add("0.2");
        manifest.put("versions", versions);
        manifest.put("name", "Kazakhstan labour-rights knowledge graph");
        manifest.put("identifierSpace", ids.identifierSpace());
        manifest.put("schemaSpace", ids.schemaSpace());
        manifest.put("documentation", root + "/");
        JsonArray types = new JsonArray();
        for (String local : DEFAULT_TYPES) {
            ReconciliationGraph.ClassInfo info = graph.classInfo(ids.schemaSpace() + local);
            if (info != null)
                types.add(ReconciliationDescriptions.typeObject(ids, info.iri(), info.label()));
        }
        manifest.put("defaultTypes", types);
        manifest.put("view", url(root + "/id/{{id}}"));
        JsonObject preview = url(root + "/reconcile/preview?id={{id}}");
        preview.put("width", ReconciliationPreview.WIDTH);
        preview.put("height", ReconciliationPreview.HEIGHT);
        manifest.put("preview", preview);
        JsonObject suggest = new JsonObject();
        suggest.put("entity", service(root, "/reconcile/suggest/entity"));
        suggest.put("type", service(root, "/reconcile/suggest/type"));
        suggest.put("property", service(root, "/reconcile/suggest/property"));
        manifest.put("suggest", suggest);
        JsonObject extend = new JsonObject();
        extend.put("propose_properties", service(root, "/reconcile/properties"));
        extend.put("property_settings", propertySettings());
        manifest.put("extend", extend);
        manifest.put("batchSize", BATCH_SIZE);
        return manifest;
    }

    private static JsonArray propertySettings() {
        JsonObject setting = new JsonObject();
        setting.put("name", ReconciliationExtension.DATE_FORMAT_SETTING);
        setting.put("label", "Dates");
        setting.put("type", "select");
        setting.put("default", "precision");
        setting.put("help_text", "As stated keeps a date's precision (2011, 2011-12 or 2011-12-16); date-times give the first day of the period");
        JsonArray choices = new JsonArray();
        choices.add(choice("precision", "as stated, at their precision"));
        choices.add(choice("datetime", "as date-times"));
        setting.put("choices", choices);
        JsonArray settings = new JsonArray();
        settings.add(setting);
        return settings;
    }

    private static JsonObject choice(String value, String name) {
        JsonObject choice = new JsonObject();
        choice.put("value", value);
        choice.put("name", name);
        return choice;
    }

    private static JsonObject url(String url) {
        JsonObject object = new JsonObject();
        object.put("url", url);
        return object;
    }

    private static JsonObject service(String root, String path) {
        JsonObject object = new JsonObject();
        object.put("service_url", root);
        object.put("service_path", path);
        return object;
    }
}
