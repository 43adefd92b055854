package org.w3id.kzlabour.search;

/**
 * One reconciliation query (or one part of a request) that cannot be answered, with a one-line reason
 * for the client. Inside a batch it empties that query's result only: OpenRefine fails a whole batch
 * on any error status, so one bad cell must not cost the others their matches.
 */
final class InvalidQueryException extends RuntimeException {

    InvalidQueryException(String message) {
        super(message, null, false, false);
    }
}
