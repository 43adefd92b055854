package org.w3id.kzlabour.query;

import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * Parses SPARQL query text once and keeps the result for the next request with the same text.
 *
 * <p>Parsing is half of the cost of a small query in Fuseki; dashboards and entity pages send the
 * same text again and again. A parsed {@link Query} is only read during execution, so one instance
 * can serve concurrent requests once its lazily computed parts are filled in here. The cache is a
 * lock-free map that is cleared when full, which keeps memory bounded without a per-hit bookkeeping cost.
 * Queries that differ only in their IRIs share one parsed shape ({@link QueryTemplateCache}).
 */
public final class QueryCache {

    private final ConcurrentHashMap<String, Query> cache = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final QueryTemplateCache templates;

    public QueryCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.templates = maxEntries > 0 ? new QueryTemplateCache(maxEntries, QueryCache::parseFresh) : null;
    }

    /** Returns the parsed query, or throws {@link QueryRejectedException} with a one-line reason. */
    public Query parse(String text, String baseIri) {
        Query cached = cache.get(text);
        if (cached != null)
            return cached;
        if (templates != null) {
            // A query that differs from a known one only in its IRIs: built without parsing, and not
            // kept by exact text (entity pages would fill the map with one-off lookups).
            Query built = templates.parse(text, baseIri, this::parseAndKeep);
            if (built != null)
                return built;
        }
        return parseAndKeep(text, baseIri);
    }

    /** Shapes of queries that are built without parsing (for tests). */
    int usableShapes() {
        return templates == null ? 0 : templates.usableShapes();
    }

    private Query parseAndKeep(String text, String baseIri) {
        Query query = parseFresh(text, baseIri);
        if (maxEntries > 0) {
            if (cache.size() >= maxEntries)
                cache.clear();
            cache.put(text, query);
        }
        return query;
    }

    private static Query parseFresh(String text, String baseIri) {
        if (text.isBlank())
            throw new QueryRejectedException("Empty query");
        NestingCheck.check(text);
        try {
            Query query = QueryFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
            query.getResultVars();
            query.getProjectVars();
            return query;
        } catch (QueryParseException ex) {
            throw new QueryRejectedException("Parse error: " + oneLine(ex.getMessage()));
        } catch (StackOverflowError ex) {
            throw new QueryRejectedException("Query nesting too deep to parse");
        } catch (RuntimeException ex) {
            throw new QueryRejectedException("Bad query: " + oneLine(ex.getMessage()));
        }
    }

    /** The first line of a message, trimmed; parser messages list every expected token on later lines. */
    public static String oneLine(String message) {
        if (message == null)
            return "(no detail)";
        String first = message.strip().lines().findFirst().orElse("").strip();
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
