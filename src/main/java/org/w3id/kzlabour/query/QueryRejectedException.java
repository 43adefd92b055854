package org.w3id.kzlabour.query;

/**
 * A query the endpoint will not run: it does not parse, is too deeply nested, or asks for
 * something this endpoint refuses (SERVICE, update). The message is one line, meant for the client.
 */
public class QueryRejectedException extends RuntimeException {
    public QueryRejectedException(String message) {
        super(message, null, false, false);
    }
}
