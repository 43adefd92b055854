package org.w3id.kzlabour.query;

/**
 * A SERVICE call that did not give a complete answer: the remote endpoint was too slow, sent more
 * rows than allowed, or failed. The query fails with it rather than returning a partial answer that
 * would look complete. The message is one line, meant for the client.
 */
public class RemoteServiceException extends RuntimeException {

    /** What went wrong; the HTTP layer chooses the status from it. */
    public enum Reason { TIMEOUT, TOO_MANY_ROWS, FAILED }

    private final Reason reason;

    public RemoteServiceException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
