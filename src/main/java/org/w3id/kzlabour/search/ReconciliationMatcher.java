package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.kzlabour.search.ReconciliationPropertyCheck.Outcome;
import org.w3id.kzlabour.search.ReconciliationQuery.PropertyValue;
import org.w3id.kzlabour.search.ReconciliationQuery.Strictness;

/**
 * Answers one reconciliation query: candidates from the search engine, restricted or re-scored by
 * type, re-scored by the given property values, best first.
 *
 * <p>Scores are on 0-100. A candidate starts at the engine's score; a candidate outside the requested
 * types under {@code type_strict: "should"} keeps 70% of it; each given property value that the
 * candidate has raises the score halfway to 100, each one it contradicts halves it. {@code match} is
 * true only for an unambiguous exact match: the best candidate met the name by a label, an alias or a
 * transliteration (never a fuzzy hit), it is the only candidate that did, it is of the requested type,
 * no given property contradicts it, and it is at least {@link #MATCH_MARGIN} points ahead of the next.
 */
final class ReconciliationMatcher {

    /** How far ahead of the next candidate a match must be. */
    static final double MATCH_MARGIN = 10;
    private static final double OFF_TYPE_FACTOR = 0.7;

    private final EntitySearch search;
    private final ReconciliationGraph graph;
    private final ReconciliationIds ids;

    ReconciliationMatcher(EntitySearch search, ReconciliationGraph graph, ReconciliationIds ids) {
        this.search = search;
        this.graph = graph;
        this.ids = ids;
    }

    /** A scored candidate before it is written. */
    private record Candidate(SearchHit hit, List<String> types, boolean ofType, double score, JsonArray features, boolean contradicted) {}

    /** The {@code result} array for a query. */
    JsonArray answer(ReconciliationQuery query) {
        if (query.text().isEmpty())
            return new JsonArray();
        ReconciliationPropertyCheck check = new ReconciliationPropertyCheck(search, graph, ids.identifierSpace());
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SearchHit hit : hits(query)) {
            if (!hit.iri().startsWith(ids.identifierSpace()) || !seen.add(hit.iri()))
                continue;
            Candidate candidate = score(query, hit, check);
            if (candidate != null)
                candidates.add(candidate);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> best = candidates.subList(0, Math.min(query.limit(), candidates.size()));
        boolean match = isMatch(query, candidates);
        JsonArray result = new JsonArray();
        for (int i = 0; i < best.size(); i++)
            result.add(write(best.get(i), match && i == 0));
        return result;
    }

    /**
     * The engine's hits. When the types are only a preference (OpenRefine sends {@code type_strict:
     * "should"} with every typed query) and the untyped search filled its quota, the candidates of the
     * requested types are searched for too, so that names of other types cannot push them out.
     */
    private List<SearchHit> hits(ReconciliationQuery query) {
        int fetch = fetchSize(query);
        List<SearchHit> hits = new ArrayList<>(search.search(query.text(), engineTypes(query), fetch));
        if (query.strictness() == Strictness.SHOULD && !query.types().isEmpty() && hits.size() >= fetch) {
            Set<String> preferred = new LinkedHashSet<>();
            query.types().forEach(type -> preferred.addAll(graph.withSubClasses(type)));
            hits.addAll(search.search(query.text(), preferred, fetch));
        }
        return hits;
    }

    private static int fetchSize(ReconciliationQuery query) {
        return Math.min(ReconciliationQuery.MAX_LIMIT, Math.max(20, query.limit() * 3));
    }

    /** The types the engine restricts to: the requested types and their subclasses, unless they are only a preference. */
    private Set<String> engineTypes(ReconciliationQuery query) {
        Set<String> types = new LinkedHashSet<>();
        if (query.strictness() == Strictness.SHOULD || query.types().isEmpty())
            return types;
        if (query.strictness() == Strictness.ALL) {
            types.addAll(graph.withSubClasses(query.types().iterator().next()));
            return types;
        }
        for (String type : query.types())
            types.addAll(graph.withSubClasses(type));
        return types;
    }

    private Candidate score(ReconciliationQuery query, SearchHit hit, ReconciliationPropertyCheck check) {
        List<String> types = hit.types().isEmpty() ? graph.types(hit.iri()) : hit.types();
        Set<String> closure = graph.typeClosure(types);
        boolean ofType = query.types().isEmpty()
                || (query.strictness() == Strictness.ALL ? closure.containsAll(query.types()) : query.types().stream().anyMatch(closure::contains));
        if (!ofType && query.strictness() != Strictness.SHOULD)
            return null;
        double score = Math.max(0, Math.min(100, hit.score()));
        JsonArray features = new JsonArray();
        features.add(feature("name_score", JsonNumber.value(round(score))));
        features.add(feature("name_" + hit.kind().name().toLowerCase(Locale.ROOT), true));
        if (!query.types().isEmpty())
            features.add(feature("type_match", ofType));
        if (!ofType)
            score *= OFF_TYPE_FACTOR;
        boolean contradicted = false;
        for (PropertyValue given : query.properties()) {
            Outcome outcome = check.check(hit.iri(), given);
            if (outcome == Outcome.MATCH)
                score += (100 - score) / 2;
            else if (outcome == Outcome.CONTRADICT) {
                score /= 2;
                contradicted = true;
            }
            if (outcome != Outcome.UNKNOWN)
                features.add(feature("property_" + given.pid(), outcome == Outcome.MATCH));
        }
        return new Candidate(hit, types, ofType, round(score), features, contradicted);
    }

    private static boolean isMatch(ReconciliationQuery query, List<Candidate> ranked) {
        if (ranked.isEmpty())
            return false;
        Candidate top = ranked.get(0);
        if (top.hit().kind() == MatchKind.FUZZY || !top.ofType() || top.contradicted())
            return false;
        long exact = ranked.stream().filter(c -> c.hit().kind() != MatchKind.FUZZY).count();
        if (exact != 1)
            return false;
        return ranked.size() == 1 || top.score() - ranked.get(1).score() >= MATCH_MARGIN;
    }

    private JsonObject write(Candidate candidate, boolean match) {
        SearchHit hit = candidate.hit();
        String name = hit.labels().containsKey("en") ? hit.labels().get("en") : graph.name(hit.iri());
        JsonObject out = new JsonObject();
        out.put("id", ids.entityId(hit.iri()));
        out.put("name", name);
        String description = ReconciliationDescriptions.describe(graph, candidate.types(), name, hit.matchedName());
        if (!description.isEmpty())
            out.put("description", description);
        out.put("score", JsonNumber.value(candidate.score()));
        out.put("match", match);
        out.put("type", ReconciliationDescriptions.typeObjects(graph, ids, candidate.types()));
        out.put("features", candidate.features());
        return out;
    }

    private static JsonObject feature(String id, boolean value) {
        JsonObject feature = new JsonObject();
        feature.put("id", id);
        feature.put("value", value);
        return feature;
    }

    private static JsonObject feature(String id, JsonNumber value) {
        JsonObject feature = new JsonObject();
        feature.put("id", id);
        feature.put("value", value);
        return feature;
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }
}
