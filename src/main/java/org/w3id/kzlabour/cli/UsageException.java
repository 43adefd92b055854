package org.w3id.kzlabour.cli;

/** A command line the program cannot act on; the message is one line, printed with the usage. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
