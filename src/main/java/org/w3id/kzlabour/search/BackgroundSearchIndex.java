package org.w3id.kzlabour.search;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kzlabour.query.SearchNotReadyException;

/**
 * The search index, built on its own thread while the server already answers SPARQL: until it is
 * ready, {@link #search} (and so {@code /search} and {@code /reconcile}) and SPARQL's
 * {@code text:query} on the served dataset say so with {@link SearchNotReadyException} (a 503).
 *
 * <p>Why: at 1m triples the index of 89,080 names takes 4-5 s to build, which doubled the time from
 * start to the first SPARQL answer (docs/performance.md, issue 15); the store itself is ready before.
 */
public final class BackgroundSearchIndex implements EntitySearch {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSearchIndex.class);

    private final CompletableFuture<SearchIndex> index = new CompletableFuture<>();
    private final DatasetGraph data;

    private BackgroundSearchIndex(DatasetGraph data) {
        this.data = data;
    }

    /**
     * Starts building with {@code builder} over {@code data} (which is marked pending until then) and
     * calls {@code whenReady} with the built index.
     */
    public static BackgroundSearchIndex start(DatasetGraph data, Supplier<SearchIndex> builder, Consumer<SearchIndex> whenReady) {
        BackgroundSearchIndex background = pending(data);
        background.build(builder, whenReady);
        return background;
    }

    /** An index not built yet: {@code data} is marked pending, and searches are told so until {@link #build}. */
    public static BackgroundSearchIndex pending(DatasetGraph data) {
        BackgroundSearchIndex background = new BackgroundSearchIndex(data);
        data.getContext().set(SearchNotReadyException.PENDING, true);
        return background;
    }

    /** Builds the index on its own thread with {@code builder}, then calls {@code whenReady} with it. */
    public void build(Supplier<SearchIndex> builder, Consumer<SearchIndex> whenReady) {
        Thread thread = new Thread(() -> {
            try {
                SearchIndex built = builder.get();
                if (data != null)
                    data.getContext().remove(SearchNotReadyException.PENDING);
                index.complete(built);
                whenReady.accept(built);
            } catch (RuntimeException | Error failure) {
                LOG.error("The search index could not be built; /search, /reconcile and text:query stay unavailable", failure);
                index.completeExceptionally(failure);
            }
        }, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** An index built already (for a small store, whose index takes well under a second). */
    public static BackgroundSearchIndex of(SearchIndex built) {
        BackgroundSearchIndex done = new BackgroundSearchIndex(null);
        done.index.complete(built);
        return done;
    }

    /** Whether the index is built. */
    public boolean isReady() {
        return index.isDone() && !index.isCompletedExceptionally();
    }

    /** The built index; {@link SearchNotReadyException} while it is being built. */
    public SearchIndex ready() {
        SearchIndex built = index.getNow(null);
        if (built != null)
            return built;
        if (index.isCompletedExceptionally())
            throw new IllegalStateException("The search index could not be built; see the server log");
        throw new SearchNotReadyException();
    }

    @Override
    public List<SearchHit> search(String text, Set<String> types, int limit) {
        return ready().search(text, types, limit);
    }
}
