package org.w3id.kzlabour.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Holds the server's port while the store loads and answers every request there, {@code /$/ping}
 * included, with 503 and {@code Retry-After}. Why: a load balancer or an operator polling the ping
 * must be told "not ready" rather than find a replica that is half up; without the gate the port
 * would simply be closed until loading ends, which looks the same as a crashed process.
 *
 * <p>{@link #close()} releases the port just before the real server binds it (Jetty binds with
 * {@code SO_REUSEADDR}), so connections are refused only for that moment.
 */
public final class LoadingGate implements AutoCloseable {

    static final String MESSAGE = "Error 503: the store is still loading; try again shortly\n";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Server jetty;
    private final int port;
    private boolean closed;

    private LoadingGate(Server jetty, int port) {
        this.jetty = jetty;
        this.port = port;
    }

    /** Binds host:port (0 picks a free port) and answers 503 there until closed. */
    public static LoadingGate open(String host, int port) {
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("loading-gate");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(new Unavailable());
        try {
            jetty.start();
        } catch (Exception ex) {
            stopQuietly(jetty);
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
        }
        return new LoadingGate(jetty, connector.getLocalPort());
    }

    /** The port held (the one the real server must then bind). */
    public int port() {
        return port;
    }

    /** Releases the port; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        stopQuietly(jetty);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // The gate only ever answers 503; a failure to stop it cleanly leaves nothing to undo.
        }
    }

    /** Every request: 503, one line of text, and when to come back. */
    private static final class Unavailable extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
