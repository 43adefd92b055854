package org.w3id.kzlabour.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * Notices a client that closes its connection while its query is still being computed.
 *
 * <p>Jetty does not read from a connection while a request is being handled, so a client that
 * gives up goes unnoticed and stock Fuseki computes its query to the end. After the request body
 * has been read, this watch registers read interest on the connection: the only thing a waiting
 * HTTP/1.1 client can send then is the end of the connection (request pipelining, which no common
 * SPARQL client uses, would also trigger it). The interest is withdrawn when the request ends, so
 * Jetty reads the next keep-alive request as usual.
 */
final class DisconnectWatch implements AutoCloseable {

    private final AbstractEndPoint endPoint;
    private final AtomicBoolean done = new AtomicBoolean();
    private final Callback callback;

    private DisconnectWatch(AbstractEndPoint endPoint, Runnable onDisconnect) {
        this.endPoint = endPoint;
        this.callback = Callback.from(() -> {
            if (!done.get())
                onDisconnect.run();
        }, failure -> { });
    }

    /** Starts watching; returns a watch that does nothing when the connection cannot be watched. */
    static DisconnectWatch start(HttpServletRequest request, Runnable onDisconnect) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(request)
                .getConnectionMetaData().getConnection().getEndPoint();
        if (!(endPoint instanceof AbstractEndPoint abstractEndPoint))
            return new DisconnectWatch(null, onDisconnect);
        DisconnectWatch watch = new DisconnectWatch(abstractEndPoint, onDisconnect);
        if (!abstractEndPoint.tryFillInterested(watch.callback))
            return new DisconnectWatch(null, onDisconnect);
        return watch;
    }

    @Override
    public void close() {
        if (endPoint == null || !done.compareAndSet(false, true))
            return;
        if (endPoint.isFillInterested())
            endPoint.getFillInterest().onFail(new CancellationException("request complete"));
    }
}
