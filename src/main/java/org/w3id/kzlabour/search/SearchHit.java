package org.w3id.kzlabour.search;

import java.util.List;
import java.util.Map;

/**
 * One entity found by a search.
 *
 * @param iri         the entity's IRI
 * @param labels      its labels by language tag ({@code en}, {@code ru}, {@code kk}, ...), for display
 * @param types       its {@code rdf:type} IRIs
 * @param matchedName the name (label or alias, as written in the graph) that the query met
 * @param kind        how it met
 * @param score       relevance in [0, 100]; higher is better, and the order of hits follows it
 */
public record SearchHit(String iri, Map<String, String> labels, List<String> types, String matchedName,
                        MatchKind kind, double score) {}
