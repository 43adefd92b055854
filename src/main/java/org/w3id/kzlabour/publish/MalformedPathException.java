package org.w3id.kzlabour.publish;

/** A request path that cannot name a resource (dot segments, encoded slashes, control characters, too long): a 400. */
public class MalformedPathException extends RuntimeException {
    public MalformedPathException(String message) {
        super(message, null, false, false);
    }
}
