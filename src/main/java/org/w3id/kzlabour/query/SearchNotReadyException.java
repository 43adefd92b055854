package org.w3id.kzlabour.query;

import org.apache.jena.sparql.util.Symbol;

/**
 * The name index behind {@code text:query}, {@code /search} and {@code /reconcile} is still being
 * built: the server answers SPARQL as soon as the store is loaded and builds the index beside it, so
 * these few requests are told to come back (a 503 with {@code Retry-After}) instead of waiting or
 * finding nothing.
 */
public final class SearchNotReadyException extends RuntimeException {

    /** Context key set on a served dataset while its index is being built. */
    public static final Symbol PENDING = Symbol.create("https://w3id.org/kz-labour/search#indexPending");

    /** The namespace of jena-text's property functions ({@code text:query}). */
    public static final String TEXT_NAMESPACE = "http://jena.apache.org/text#";

    public SearchNotReadyException() {
        super("The search index is still being built; try again in a few seconds");
    }
}
