package org.w3id.kzlabour.search;

import java.util.Set;

/**
 * A property the reconciliation service can match on ({@code properties} of a query) and fetch
 * (data extension): how its values are found in the graph and what kind of value they are.
 *
 * @param id          the property's id (relative to the schema space)
 * @param name        its human name, as OpenRefine shows it
 * @param description one sentence for the property proposal list
 * @param pattern     a SPARQL group pattern from {@code ?s} (the entity) to {@code ?v} (a value), with
 *                    {@code ?precision} bound for dates where the graph records one
 * @param kind        what the values are
 * @param domains     local names of the classes it applies to ({@code *}: every entity)
 * @param predicate   the predicate whose {@code kzl:Claim}s name the sources of its values, or null
 */
record ReconciliationProperty(String id, String name, String description, String pattern, Kind kind,
                              Set<String> domains, String predicate) {

    /** What a property's values are, which decides how they are compared and written. */
    enum Kind {
        /** Another entity of the graph (written as {@code {id, name}}). */
        ENTITY,
        /** An {@code xsd:date} with its precision (day, month or year). */
        DATE,
        /** The precision of a date ({@code day}, {@code month}, {@code year}). */
        PRECISION,
        /** A text. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        FLOAT,
        /** A Wikidata item (an {@code owl:sameAs} to {@code wd:Q...}), written as its QID. */
        WIKIDATA,
        /** A class of the ontology, written as its English label. */
        TYPE_LABEL
    }

    boolean appliesToAll() {
        return domains.contains("*");
    }
}
