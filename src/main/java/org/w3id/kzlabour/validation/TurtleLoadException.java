package org.w3id.kzlabour.validation;

/**
 * Signals that a project Turtle file could not be read or parsed.
 *
 * <p>Why: callers (tests, the build) need the name of the broken file, not a bare tokenizer error.
 */
public class TurtleLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TurtleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
