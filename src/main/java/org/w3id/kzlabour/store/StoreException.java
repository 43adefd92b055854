package org.w3id.kzlabour.store;

/** A store could not be loaded or opened; its message names the file or folder and is meant for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
