package org.w3id.kzlabour.server;

import java.util.Map;

/**
 * An HTTP error answer decided by the protocol layer: a status, a one-line reason for the client
 * and the headers that status needs ({@code Allow}, {@code Retry-After}).
 */
public class HttpError extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    public HttpError(int status, String message) {
        this(status, message, Map.of());
    }

    public HttpError(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public int status() { return status; }
    public Map<String, String> headers() { return headers; }

    public static HttpError badRequest(String message) { return new HttpError(400, message); }
}
