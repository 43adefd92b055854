package org.w3id.kzlabour.query;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Complete responses of earlier queries, keyed by the exact request, for a store that cannot change.
 *
 * <p>The server has no update route, and a TDB2 database is locked by the process that serves it,
 * so while the server runs the answer to a given request never changes: a dashboard or a notebook
 * re-running the same analytical query gets the bytes of the first answer without executing it
 * again. The key is everything in the request that shapes the answer (the query text exactly as
 * sent, the Accept header, the format parameter and the protocol dataset); whitespace or prefix
 * differences make a different entry rather than risk a wrong one. Only answers that completed are
 * stored (an error, a timeout or a result larger than one entry may be never is), and queries whose
 * answer may differ between executions are never stored: NOW(), RAND(), UUID(), STRUUID(), BNODE()
 * and SERVICE (remote data can change). The cache is bounded by bytes; {@code maxBytes = 0} turns it off.
 *
 * <p>Only answers that were expensive to compute are admitted: a point lookup costs less to run
 * again than to store, and a loop over thousands of entity IRIs would otherwise fill the cache with
 * one-off answers and make every request pay for the bookkeeping (measured: 30 % fewer lookups per
 * second when every answer was stored).
 */
public final class ResultCache {

    /** Built-in functions whose value changes between executions, and SERVICE; matched loosely on the text (a false match only skips caching). */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(now|rand|uuid|struuid|bnode)\\s*\\(|\\bservice\\b");

    /** What identifies a request's answer. */
    public record Key(String query, String accept, String formatParam, List<String> defaultGraphs, List<String> namedGraphs) {}

    /** A stored answer: its media type and body. */
    public record Answer(String contentType, byte[] body) {}

    private final Cache<Key, Answer> answers;
    private final int maxEntryBytes;
    private final long minCostNanos;

    /**
     * @param maxBytes      total body bytes kept (0 turns the cache off)
     * @param maxEntryBytes largest single answer kept
     * @param minCostNanos  time an answer must have taken to compute to be kept
     */
    public ResultCache(long maxBytes, int maxEntryBytes, long minCostNanos) {
        this.maxEntryBytes = maxEntryBytes;
        this.minCostNanos = minCostNanos;
        this.answers = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> answer.body().length + 2 * key.query().length() + 64)
                .executor(Runnable::run)
                .build();
    }

    private boolean enabled() {
        return answers != null;
    }

    /** Largest answer this cache keeps; a response buffer captures at most this much. */
    public int maxEntryBytes() {
        return enabled() ? maxEntryBytes : 0;
    }

    /** The key for a request, or null when the cache is off. */
    public Key keyFor(String query, String accept, String formatParam, List<String> defaultGraphs, List<String> namedGraphs) {
        if (!enabled())
            return null;
        return new Key(query, accept == null ? "" : accept, formatParam == null ? "" : formatParam,
                       List.copyOf(defaultGraphs), List.copyOf(namedGraphs));
    }

    /** The stored answer, or null. */
    public Answer get(Key key) {
        return key == null ? null : answers.getIfPresent(key);
    }

    /**
     * Offers a complete answer that took {@code costNanos} to compute; it is kept only when it was
     * expensive enough, its query is not volatile and it fits one entry ({@code body} gives null when it did not fit).
     */
    public void offer(Key key, String contentType, long costNanos, Supplier<byte[]> body) {
        if (key == null || costNanos < minCostNanos || VOLATILE.matcher(key.query()).find())
            return;
        byte[] bytes = body.get();
        if (bytes != null && bytes.length <= maxEntryBytes)
            answers.put(key, new Answer(contentType, bytes));
    }
}
