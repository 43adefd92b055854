package org.w3id.kzlabour.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action when the process is asked to stop (SIGTERM, SIGINT) instead of letting the JVM exit at
 * once. Why: a JVM shutdown hook runs while the JVM is already exiting, so the process ends with status
 * 143 and cannot return normally from {@code main}; handling the signal lets the server finish its
 * requests and the command return 0, which is what a service manager and a rolling restart expect.
 * A second signal while the first is being handled ends the process at once (status 1).
 *
 * <p>Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}, in every OpenJDK since 9); where a
 * signal cannot be handled (e.g. the JVM runs with {@code -Xrs}), falls back to a shutdown hook.
 */
final class TerminationSignals {

    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);

    private TerminationSignals() {}

    /** Calls {@code action} once, on a thread of its own, with the name of the first signal received. */
    static void onTermination(Consumer<String> action) {
        AtomicBoolean fired = new AtomicBoolean();
        for (String signal : new String[] {"TERM", "INT"}) {
            String name = "SIG" + signal;
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                    if (!fired.compareAndSet(false, true)) {
                        System.err.println(name + " again: stopping now, without waiting for requests in flight");
                        Runtime.getRuntime().halt(1);
                    }
                    new Thread(() -> action.accept(name), "stop-on-" + name).start();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException ex) {
                LOG.warn("cannot handle {} ({}); stopping in a shutdown hook instead", name, ex.getMessage());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    if (fired.compareAndSet(false, true))
                        action.accept("shutdown");
                }, "stop-on-exit"));
            }
        }
    }
}
