package org.w3id.kzlabour.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Holds the server's port while the store loads and answers every request there, {@code /$/ping}
 * included, with 503 and {@code Retry-After}. Why: a load balancer or an operator polling the ping
 * must be told "not ready" rather than find a replica that is half up; without the gate the port
 * would simply be closed until loading ends, which looks the same as a crashed process.
 *
 * <p>When the server is ready, {@link #handOver()} stops answering and gives the bound listening
 * socket itself to the server ({@link KgServer.Builder#listenOn}): connections waiting in its backlog
 * are accepted by the server, so no client is refused or left hanging at the switch. Each connection
 * the gate accepted itself gets its 503 and is closed ({@code Connection: close}).
 */
public final class LoadingGate implements AutoCloseable {

    static final String MESSAGE = "Error 503: the store is still loading; try again shortly\n";
    private static final byte[] RESPONSE = ("HTTP/1.1 503 Service Unavailable\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Retry-After: 5\r\n"
            + "Cache-Control: no-store\r\n"
            + "Content-Length: " + MESSAGE.getBytes(StandardCharsets.UTF_8).length + "\r\n"
            + "Connection: close\r\n\r\n" + MESSAGE).getBytes(StandardCharsets.UTF_8);
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final int READ_TIMEOUT_MILLIS = 2000;

    private final ServerSocketChannel channel;
    private final Selector selector;
    private final SelectionKey key;
    private final ExecutorService answering;
    private final Thread acceptor;
    private volatile boolean accepting = true;
    private boolean handedOver;
    private boolean closed;

    private LoadingGate(ServerSocketChannel channel, Selector selector) throws IOException {
        this.channel = channel;
        this.selector = selector;
        this.key = channel.register(selector, SelectionKey.OP_ACCEPT);
        this.answering = Executors.newFixedThreadPool(4, task -> {
            Thread t = new Thread(task, "loading-gate-answer");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "loading-gate");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Binds host:port (0 picks a free port) and answers 503 there until handed over or closed. */
    public static LoadingGate open(String host, int port) {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(host, port), 128);
            channel.configureBlocking(false);
            return new LoadingGate(channel, Selector.open());
        } catch (IOException ex) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was served on it
                }
            }
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
        }
    }

    /** The port held. */
    public int port() {
        return channel.socket().getLocalPort();
    }

    /** Stops answering and returns the bound listening socket, with its backlog, for the real server. */
    public synchronized ServerSocketChannel handOver() {
        if (closed || handedOver)
            throw new IllegalStateException("the loading gate was already " + (closed ? "closed" : "handed over"));
        stopAccepting();
        handedOver = true;
        return channel;
    }

    /** Stops answering; releases the port unless it was handed over. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        if (!handedOver) {
            stopAccepting();
            try {
                channel.close();
            } catch (IOException ignored) {
                // the port is released either way
            }
        }
        answering.shutdown();
    }

    private void stopAccepting() {
        accepting = false;
        selector.wakeup();
        try {
            acceptor.join();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        key.cancel();
        try {
            selector.close();
        } catch (IOException ignored) {
            // a selector that fails to close holds no connection
        }
    }

    private void acceptLoop() {
        try {
            while (accepting) {
                selector.select(100);
                selector.selectedKeys().clear();
                SocketChannel connection;
                while (accepting && (connection = channel.accept()) != null) {
                    SocketChannel accepted = connection;
                    answering.execute(() -> answer(accepted));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Reads the request head (up to 2 s), answers 503 and closes the connection. */
    private static void answer(SocketChannel connection) {
        try (connection) {
            connection.configureBlocking(true);
            Socket socket = connection.socket();
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            InputStream in = socket.getInputStream();
            int matched = 0;
            int read = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            int b;
            while (matched < end.length && read < MAX_HEAD_BYTES && (b = in.read()) >= 0) {
                read++;
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            OutputStream out = socket.getOutputStream();
            out.write(RESPONSE);
            out.flush();
            socket.shutdownOutput();
        } catch (IOException ignored) {
            // the client went away or was too slow: nothing to answer
        }
    }
}
