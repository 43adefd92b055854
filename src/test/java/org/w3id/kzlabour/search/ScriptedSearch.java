package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test double of the search engine (tests only): answers each query text with the hits a test
 * scripted for it, filtered by type as the engine filters, so that the reconciliation logic can be
 * tested on exact rankings and match kinds.
 */
final class ScriptedSearch implements EntitySearch {

    private final Map<String, List<SearchHit>> answers = new HashMap<>();

    ScriptedSearch answer(String text, SearchHit... hits) {
        answers.put(text, List.of(hits));
        return this;
    }

    static SearchHit hit(String iri, String type, MatchKind kind, double score) {
        return new SearchHit(iri, Map.of("en", iri.substring(iri.lastIndexOf('/') + 1)), List.of(type), iri, kind, score);
    }

    @Override
    public List<SearchHit> search(String text, Set<String> types, int limit) {
        List<SearchHit> out = new ArrayList<>();
        for (SearchHit hit : answers.getOrDefault(text, List.of()))
            if (types.isEmpty() || hit.types().stream().anyMatch(types::contains))
                out.add(hit);
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
