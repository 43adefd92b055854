package org.w3id.kzlabour.search;

/**
 * How a search hit's name met the query, best first: ranking puts an exact label before an alias
 * before a transliterated or folded match before a fuzzy one.
 */
public enum MatchKind {
    /** The query is one of the entity's labels ({@code rdfs:label}, {@code skos:prefLabel}), ignoring case. */
    EXACT_LABEL,
    /** The query is one of the entity's curated aliases ({@code skos:altLabel}), ignoring case. */
    ALIAS,
    /** The query meets a name only after folding or transliteration (same {@link NameKey}). */
    TRANSLITERATED,
    /** The query meets a name only with an edit (a typo) or in part (a surname alone, some words of a name). */
    FUZZY
}
