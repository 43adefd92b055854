package org.w3id.kzlabour.query;

import org.apache.jena.sparql.exec.QueryExec;

/**
 * Lets another thread stop a running query, for instance when its client has gone away.
 *
 * <p>Stock Fuseki keeps computing a query whose client has disconnected until it finishes or times
 * out; the HTTP layer cancels through this handle instead, so the CPU goes to clients still waiting.
 */
public final class Cancellation {

    private volatile QueryExec running;
    private volatile boolean cancelled;

    /** Stops the query now if it runs, or as soon as it starts. Safe to call from any thread, more than once. */
    public void cancel() {
        cancelled = true;
        QueryExec exec = running;
        if (exec != null)
            exec.abort();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void attach(QueryExec exec) {
        running = exec;
        if (cancelled)
            exec.abort();
    }
}
