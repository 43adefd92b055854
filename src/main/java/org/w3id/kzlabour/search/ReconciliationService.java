package org.w3id.kzlabour.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.server.HttpError;

/**
 * The W3C Reconciliation Service API 0.2 over the graph, apart from HTTP: the manifest, query
 * batches, data extension, property proposals, suggest and preview. {@link ReconciliationServlet}
 * puts it on {@code /reconcile}.
 *
 * <p>Errors of a whole request (not JSON, not an object, too many queries) are {@link HttpError}s;
 * an invalid query inside a batch only empties that query's result (with an {@code error} field
 * saying why), unless no query of the batch is valid, which is a 400.
 */
public final class ReconciliationService {

    /** How long one batch may take by default (a batch of 100 typical queries takes well under that). */
    static final Duration DEFAULT_BATCH_BUDGET = Duration.ofSeconds(30);

    private final Duration batchBudget;
    private final ReconciliationIds ids;
    private final ReconciliationGraph graph;
    private final ReconciliationProperties catalogue;
    private final ReconciliationMatcher matcher;
    private final ReconciliationExtension extension;
    private final ReconciliationSuggest suggest;
    private final ReconciliationPreview preview;

    /**
     * @param search the search engine that proposes candidates
     * @param reader read access to the served graph (types, names, property values)
     * @param base   the public base: ids are relative to its {@code id/} namespace
     */
    public ReconciliationService(EntitySearch search, GraphReader reader, PublicBase base) {
        this(search, reader, base, DEFAULT_BATCH_BUDGET);
    }

    /**
     * @param batchBudget how long one batch may take: queries not started by then are answered with an
     *                    empty result and a reason, so that no request holds the server for long
     */
    ReconciliationService(EntitySearch search, GraphReader reader, PublicBase base, Duration batchBudget) {
        this.batchBudget = batchBudget;
        this.ids = new ReconciliationIds(base);
        this.catalogue = ReconciliationProperties.standard();
        this.graph = new ReconciliationGraph(reader, catalogue);
        this.matcher = new ReconciliationMatcher(search, graph, ids);
        this.extension = new ReconciliationExtension(graph, ids, catalogue);
        this.suggest = new ReconciliationSuggest(search, reader, graph, ids, catalogue);
        this.preview = new ReconciliationPreview(graph, ids, catalogue);
    }

    JsonObject manifest(String root) {
        return ReconciliationManifest.build(root, ids, graph);
    }

    /** The result batch for the JSON of a {@code queries} parameter. */
    JsonObject reconcile(String queriesJson) {
        JsonValue json = ReconciliationJson.parse("queries", queriesJson);
        if (!json.isObject())
            throw HttpError.badRequest("'queries' must be a JSON object of queries by key, e.g. {\"q0\": {\"query\": \"Zhanaozen\"}}");
        JsonObject batch = json.getAsObject();
        if (batch.size() > ReconciliationManifest.BATCH_SIZE)
            throw new HttpError(413, "batch of " + batch.size() + " queries; at most " + ReconciliationManifest.BATCH_SIZE
                                     + " per request (the manifest's batchSize)");
        JsonObject results = new JsonObject();
        List<String> errors = new ArrayList<>();
        long deadline = System.nanoTime() + batchBudget.toNanos();
        for (String key : batch.keys()) {
            JsonObject result = new JsonObject();
            try {
                ReconciliationQuery query = ReconciliationQuery.parse(batch.get(key), ids, graph, catalogue);
                if (System.nanoTime() > deadline)
                    throw new InvalidQueryException("not answered: the batch took longer than " + batchBudget.toSeconds() + " s; send smaller batches");
                result.put("result", matcher.answer(query));
            } catch (InvalidQueryException | IllegalArgumentException ex) {
                result.put("result", new JsonArray());
                result.put("error", ex.getMessage());
                errors.add(ReconciliationQuery.clip(key) + ": " + ex.getMessage());
            }
            results.put(key, result);
        }
        if (!errors.isEmpty() && errors.size() == batch.size())
            throw HttpError.badRequest("no valid query in the batch; " + errors.get(0)
                                       + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        return results;
    }

    /** The data-extension response for the JSON of an {@code extend} parameter. */
    JsonObject extend(String extendJson) {
        return extension.extend(ReconciliationJson.parse("extend", extendJson));
    }

    JsonObject proposeProperties(String type, String limit) {
        return extension.propose(type, limit);
    }

    JsonObject suggestEntities(String prefix, String cursor, String type) {
        return suggest.entities(prefix, cursor, type);
    }

    JsonObject suggestTypes(String prefix, String cursor) {
        return suggest.types(prefix, cursor);
    }

    JsonObject suggestProperties(String prefix, String cursor) {
        return suggest.properties(prefix, cursor);
    }

    String preview(String id, String root) {
        return preview.render(id, root);
    }
}
