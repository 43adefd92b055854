package org.w3id.kzlabour.query;

import java.util.List;
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

    /**
     * @param maxBytes      total body bytes kept (0 turns the cache off)
     * @param maxEntryBytes largest single answer kept
     */
    public ResultCache(long maxBytes, int maxEntryBytes) {
        this.maxEntryBytes = maxEntryBytes;
        this.answers = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> answer.body().length + 2 * key.query().length() + 64)
                .build();
    }

    public static ResultCache disabled() {
        return new ResultCache(0, 0);
    }

    public boolean enabled() {
        return answers != null;
    }

    /** Largest answer this cache keeps; a response buffer captures at most this much. */
    public int maxEntryBytes() {
        return enabled() ? maxEntryBytes : 0;
    }

    /** The key for a request, or null when its answer must not be cached (cache off, or a volatile query). */
    public Key keyFor(String query, String accept, String formatParam, List<String> defaultGraphs, List<String> namedGraphs) {
        if (!enabled() || VOLATILE.matcher(query).find())
            return null;
        return new Key(query, accept == null ? "" : accept, formatParam == null ? "" : formatParam,
                       List.copyOf(defaultGraphs), List.copyOf(namedGraphs));
    }

    /** The stored answer, or null. */
    public Answer get(Key key) {
        return key == null ? null : answers.getIfPresent(key);
    }

    /** Keeps a complete answer (ignored when too large for one entry). */
    public void put(Key key, String contentType, byte[] body) {
        if (key != null && body != null && body.length <= maxEntryBytes)
            answers.put(key, new Answer(contentType, body));
    }

    /** Entries held now (for tests and the log). */
    public long size() {
        if (!enabled())
            return 0;
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
