package org.w3id.kzlabour.server;

import java.time.Duration;

/**
 * The limits of the public query endpoint.
 *
 * @param queryTimeout   longest a query may run; a client's {@code timeout=} can lower it, never raise it
 * @param maxBodyBytes   largest request body accepted (a 10 MB query gets a 413 before any parsing)
 * @param responseBuffer bytes of result held back so that a failure can still be reported with a status
 * @param queryCacheSize parsed queries kept for reuse (0 turns the cache off)
 * @param resultCacheBytes bytes of complete answers kept for identical requests (0 turns the result cache off)
 * @param resultCacheMinCost shortest computation whose answer the result cache keeps (cheaper answers are computed again)
 */
public record EndpointSettings(Duration queryTimeout, long maxBodyBytes, int responseBuffer, int queryCacheSize,
                               long resultCacheBytes, Duration resultCacheMinCost) {

    /** Largest single answer the result cache keeps. */
    public static final int MAX_CACHED_ANSWER_BYTES = 8 * 1024 * 1024;

    /**
     * Defaults for a public endpoint: 60 s (as Wikidata's query service), 2 MiB bodies, 256 KiB held
     * back, 10,000 parsed queries and 256 MiB of cached answers that took at least 5 ms to compute.
     */
    public static EndpointSettings defaults() {
        return new EndpointSettings(Duration.ofSeconds(60), 2 * 1024 * 1024, 256 * 1024, 10_000, 256L * 1024 * 1024,
                                    Duration.ofMillis(5));
    }

    public EndpointSettings withQueryTimeout(Duration timeout) {
        return new EndpointSettings(timeout, maxBodyBytes, responseBuffer, queryCacheSize, resultCacheBytes, resultCacheMinCost);
    }

    public EndpointSettings withMaxBodyBytes(long bytes) {
        return new EndpointSettings(queryTimeout, bytes, responseBuffer, queryCacheSize, resultCacheBytes, resultCacheMinCost);
    }

    public EndpointSettings withQueryCacheSize(int entries) {
        return new EndpointSettings(queryTimeout, maxBodyBytes, responseBuffer, entries, resultCacheBytes, resultCacheMinCost);
    }

    public EndpointSettings withResultCacheMinCost(Duration cost) {
        return new EndpointSettings(queryTimeout, maxBodyBytes, responseBuffer, queryCacheSize, resultCacheBytes, cost);
    }

    public EndpointSettings withResultCacheBytes(long bytes) {
        return new EndpointSettings(queryTimeout, maxBodyBytes, responseBuffer, queryCacheSize, bytes, resultCacheMinCost);
    }

    /** The timeout for one request: the server's, or the client's when that is shorter. */
    public long effectiveTimeoutMillis(String clientTimeoutSeconds) {
        long server = queryTimeout.toMillis();
        if (clientTimeoutSeconds == null || clientTimeoutSeconds.isBlank())
            return server;
        double seconds;
        try {
            seconds = Double.parseDouble(clientTimeoutSeconds.strip());
        } catch (NumberFormatException ex) {
            throw HttpError.badRequest("Bad timeout parameter: not a number of seconds");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds))
            throw HttpError.badRequest("Bad timeout parameter: must be a positive number of seconds");
        long client = (long) Math.ceil(seconds * 1000);
        return server > 0 ? Math.min(server, client) : client;
    }
}
