package org.w3id.kzlabour.query;

import java.util.List;

/** No format the client accepts can carry this result; the message lists the ones that can. */
public class NotAcceptableException extends RuntimeException {
    public NotAcceptableException(List<String> supported) {
        super("Not acceptable; supported types: " + String.join(", ", supported), null, false, false);
    }
}
