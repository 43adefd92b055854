package org.w3id.kzlabour.query;

import java.time.Duration;

/**
 * How long one SERVICE call may take and how many rows it may bring back.
 *
 * <p>A federated query waits for the remote endpoint while it holds a server thread and, in Jena's
 * stock executor, reads the whole remote answer into memory. Without bounds one slow or huge remote
 * (Wikidata answers for up to 60 s and can return millions of rows) holds the server. Each SERVICE
 * call gets its own budget; the query's own timeout still bounds the whole query.
 *
 * @param timeout longest one SERVICE call may take, connection to last row
 * @param maxRows most rows one SERVICE call may return; a remote answer with more fails the query
 */
public record ServiceLimits(Duration timeout, int maxRows) {

    /** 10 s and 10,000 rows per SERVICE call. */
    public static ServiceLimits defaults() {
        return new ServiceLimits(Duration.ofSeconds(10), 10_000);
    }

    public ServiceLimits {
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("SERVICE timeout must be positive");
        if (maxRows < 1)
            throw new IllegalArgumentException("SERVICE row cap must be at least 1");
    }
}
