package org.w3id.kzlabour.publish;

/**
 * No resource of the graph is named by the request: a 404. The message never contains the
 * requested path, so nothing a client sent is reflected back.
 */
public class UnknownResourceException extends RuntimeException {
    public UnknownResourceException() {
        super("No such resource in this graph", null, false, false);
    }

    public UnknownResourceException(String message) {
        super(message, null, false, false);
    }
}
