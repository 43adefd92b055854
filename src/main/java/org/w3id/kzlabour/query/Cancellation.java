package org.w3id.kzlabour.query;

/**
 * Lets code outside the engine stop a query that is running, such as a watch that notices the
 * client has gone away; ARQ's own timeout covers everything else.
 *
 * <p>Cancelling before the query has started is remembered: the query is stopped as soon as it binds.
 */
public final class Cancellation {

    private volatile Runnable abort;
    private volatile boolean cancelled;

    /** Called by the runner with the action that stops its execution. */
    void bind(Runnable abortAction) {
        this.abort = abortAction;
        if (cancelled)
            abortAction.run();
    }

    /** Called by the runner when the execution is over: a late cancel then does nothing. */
    void unbind() {
        this.abort = null;
    }

    /** Stops the query (idempotent, callable from any thread). */
    public void cancel() {
        cancelled = true;
        Runnable action = abort;
        if (action != null)
            action.run();
    }
}
