package org.w3id.kzlabour.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kzlabour.query.Cancellation;

/**
 * Stops a query whose client has closed its connection, instead of letting it run to its timeout.
 *
 * <p>A query is watched only once it has run for a while (the grace period), so short queries (the
 * great majority) cost one map insertion and removal and the kernel's table is not read under a load
 * of small requests. A query is stopped only when the kernel no longer has its connection established.
 */
final class ClientWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);

    private final long graceNanos;
    private final Map<Long, Watched> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ScheduledExecutorService ticker;

    private record Watched(int localPort, int remotePort, String clientAddress, long startNanos, Cancellation cancellation) {}

    /** A watched request; closing it ends the watch. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    ClientWatch(Duration grace, Duration interval) {
        this.graceNanos = grace.toNanos();
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "client-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = interval.toMillis();
        ticker.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /** Watches the query of a request from {@code clientAddress} on the connection {@code localPort}-{@code remotePort}. */
    Watch watch(int localPort, int remotePort, String clientAddress, Cancellation cancellation) {
        long id = ids.incrementAndGet();
        running.put(id, new Watched(localPort, remotePort, clientAddress, System.nanoTime(), cancellation));
        return () -> running.remove(id);
    }

    private void check() {
        try {
            long now = System.nanoTime();
            ConnectionTable table = null;
            for (Map.Entry<Long, Watched> entry : running.entrySet()) {
                Watched watched = entry.getValue();
                if (now - watched.startNanos() < graceNanos)
                    continue;
                if (table == null) {
                    table = ConnectionTable.read();
                    if (table == null)
                        return;
                }
                if (!table.isEstablished(watched.localPort(), watched.remotePort())) {
                    running.remove(entry.getKey());
                    watched.cancellation().cancel();
                    LOG.info("Query stopped after {} ms: the client {} closed its connection",
                             (now - watched.startNanos()) / 1_000_000, watched.clientAddress() + ":" + watched.remotePort());
                }
            }
        } catch (RuntimeException ex) {
            LOG.warn("Client watch failed: {}", ex.toString());
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
