package org.w3id.kzlabour.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.text.TextIndexParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kzlabour.publish.MalformedPathException;
import org.w3id.kzlabour.publish.UnknownResourceException;
import org.w3id.kzlabour.query.NotAcceptableException;
import org.w3id.kzlabour.query.SearchNotReadyException;
import org.w3id.kzlabour.query.QueryCache;
import org.w3id.kzlabour.query.QueryRejectedException;
import org.w3id.kzlabour.query.RemoteServiceException;

/**
 * The one place where failures become HTTP answers: every error is a status and a single line of
 * plain text, and no stack trace ever reaches a response body (it goes to the server log instead).
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    /** Maps a failure to the error it is for the client. */
    public static HttpError toHttpError(Throwable failure) {
        if (failure instanceof HttpError error)
            return error;
        if (failure instanceof QueryRejectedException)
            return new HttpError(400, failure.getMessage());
        if (failure instanceof MalformedPathException)
            return new HttpError(400, failure.getMessage());
        if (failure instanceof UnknownResourceException)
            return new HttpError(404, failure.getMessage());
        if (failure instanceof NotAcceptableException)
            return new HttpError(406, failure.getMessage());
        if (failure instanceof RemoteServiceException remote)
            return remoteError(remote);
        if (failure instanceof SearchNotReadyException)
            return new HttpError(503, failure.getMessage(), Map.of("Retry-After", "2"));
        if (failure instanceof QueryCancelledException)
            return new HttpError(503, "Query timed out or was cancelled", Map.of("Retry-After", "10"));
        if (failure instanceof QueryDeniedException)
            return new HttpError(400, QueryCache.oneLine(failure.getMessage()));
        if (failure instanceof TextIndexParseException)
            return new HttpError(400, "text:query search string is not valid Lucene query syntax: " + QueryCache.oneLine(failure.getMessage()));
        if (failure instanceof StackOverflowError)
            return new HttpError(400, "Query too deeply nested to execute");
        if (failure instanceof OutOfMemoryError)
            return new HttpError(503, "Query needs more memory than the server has", Map.of("Retry-After", "30"));
        if (failure instanceof QueryExecException)
            return new HttpError(400, "Query execution failed: " + QueryCache.oneLine(failure.getMessage()));
        LOG.error("Internal error", failure);
        return new HttpError(500, "Internal server error");
    }

    /**
     * A SERVICE call that gave no complete answer: 504 when the remote was too slow (RFC 9110: no
     * timely answer from an upstream server), 502 when it failed, 400 when it sent more rows than
     * the per-call cap (the client can fix that by narrowing the SERVICE pattern or adding a LIMIT).
     */
    private static HttpError remoteError(RemoteServiceException remote) {
        return switch (remote.reason()) {
            case TIMEOUT -> new HttpError(504, remote.getMessage(), Map.of("Retry-After", "30"));
            case TOO_MANY_ROWS -> new HttpError(400, remote.getMessage());
            case FAILED -> new HttpError(502, remote.getMessage());
        };
    }

    /** Sends the error, unless the response was already committed (then the caller must abort it). */
    public static void send(HttpServletResponse response, HttpError error) throws IOException {
        response.reset();
        response.setStatus(error.status());
        error.headers().forEach(response::setHeader);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = ("Error " + error.status() + ": " + oneLine(error.getMessage()) + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String oneLine(String message) {
        return QueryCache.oneLine(message).replace('\r', ' ');
    }
}
