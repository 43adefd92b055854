package org.w3id.kzlabour.search;

import java.util.List;
import java.util.Set;

/**
 * Finds the graph's named resources (events, organisations, persons, places, laws and ILO
 * instruments, source documents) by any common spelling of their names. One engine serves
 * {@code /search}, {@code /reconcile} and SPARQL's {@code text:query}, so all three find the same.
 */
public interface EntitySearch {

    /**
     * @param text  what the user typed
     * @param types only entities with one of these {@code rdf:type} IRIs (empty: any type)
     * @param limit most hits returned
     * @return hits, best first
     */
    List<SearchHit> search(String text, Set<String> types, int limit);
}
