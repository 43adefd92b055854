package org.w3id.kzlabour.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kzlabour.query.QueryRunner;

/**
 * The knowledge graph's HTTP server: an embedded Fuseki (Jetty 12) with our read-only SPARQL
 * endpoint at {@code /sparql}, Fuseki's {@code /$/ping}, and whatever other routes are added.
 *
 * <p>Built with {@link #builder()}. Compared with a stock Fuseki it registers no Fuseki dataset
 * (so no update or Graph Store route exists at all), binds one host, answers errors in one line,
 * and sets Jetty's output buffer to 32 KiB instead of Fuseki's 5 MiB, which Jetty does not pool and
 * so allocated and zeroed for every response.
 *
 * <p>It stops gracefully, so that a replica behind a load balancer can be restarted without losing a
 * request: {@link #stop()} closes the listening socket, answers 503 to any new request on a connection
 * still open (so {@code /$/ping} fails too), lets the requests in flight finish for up to the shutdown
 * grace period ({@link Builder#shutdownGrace}), and only then stops. {@link #stopOnTermination()} does
 * this on SIGTERM or SIGINT.
 */
public final class KgServer {

    /** Jetty output buffer: large enough for most answers in one write, small enough to be pooled. */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    /** How long requests in flight may take to finish once a stop begins, unless the builder says otherwise. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder() {
        return new Builder();
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Jetty's response output buffer on the HTTP connector, in bytes. */
    public int outputBufferSize() {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null)
                return http.getHttpConfiguration().getOutputBufferSize();
        }
        return -1;
    }

    /**
     * Stops accepting, finishes the requests in flight (up to the shutdown grace period), then stops;
     * returns when the server has stopped.
     */
    public void stop() {
        try {
            fuseki.stop();
        } catch (RuntimeException ex) {
            if (!(ex.getCause() instanceof TimeoutException))
                throw ex;
            // Jetty stops everything anyway and then reports that the grace period ran out.
            LOG.warn("stopped after the shutdown grace of {} ms with requests still in flight; they were cut",
                     fuseki.getJettyServer().getStopTimeout());
        }
    }

    /**
     * On SIGTERM (a service manager's stop, {@code kill}) or SIGINT (Ctrl-C): a graceful {@link #stop()},
     * after which {@link #join()} returns, so the process can exit 0 once the last request is answered.
     */
    public KgServer stopOnTermination() {
        TerminationSignals.onTermination(signal -> {
            LOG.info("{}: stopping; no new connections, finishing requests in flight (grace {} ms)", signal,
                    fuseki.getJettyServer().getStopTimeout());
            stop();
        });
        return this;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Builder: the dataset runner and endpoint limits are required, everything else has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 3030;
        private QueryRunner runner;
        private EndpointSettings settings = EndpointSettings.defaults();
        private String queryBase = "https://w3id.org/kz-labour/id/";
        private SparqlServlet.RequestHandler serviceDescription;
        private Duration shutdownGrace = DEFAULT_SHUTDOWN_GRACE;
        private ServerSocketChannel listening;
        private final Map<String, HttpServlet> routes = new LinkedHashMap<>();

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder runner(QueryRunner runner) { this.runner = runner; return this; }
        public Builder settings(EndpointSettings settings) { this.settings = settings; return this; }
        /** Base IRI against which relative IRIs in queries resolve. */
        public Builder queryBase(String base) { this.queryBase = base; return this; }
        /** What a GET on /sparql without a query answers. */
        public Builder serviceDescription(SparqlServlet.RequestHandler handler) { this.serviceDescription = handler; return this; }
        /**
         * Serve on this already bound listening socket (e.g. the one a {@link LoadingGate} held while the
         * store loaded) instead of binding host:port.
         */
        public Builder listenOn(ServerSocketChannel channel) { this.listening = channel; return this; }
        /** Longest time a stop waits for requests in flight (zero: stop at once, cutting them). */
        public Builder shutdownGrace(Duration grace) {
            if (grace.isNegative())
                throw new IllegalArgumentException("shutdown grace must not be negative");
            this.shutdownGrace = grace;
            return this;
        }
        /** Adds a servlet at a Jetty path spec, e.g. {@code /id/*}. */
        public Builder route(String pathSpec, HttpServlet servlet) { routes.put(pathSpec, servlet); return this; }

        public KgServer build() {
            if (runner == null)
                throw new IllegalStateException("KgServer needs a QueryRunner");
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .enablePing(true)
                    .enableStats(false)
                    .enableMetrics(false)
                    .verbose(false)
                    .addServlet("/sparql", new SparqlServlet(runner, settings, queryBase, serviceDescription));
            routes.forEach(fuseki::addServlet);
            FusekiServer server = fuseki.build();
            configure(server.getJettyServer(), host);
            stopGracefully(server.getJettyServer(), shutdownGrace);
            if (listening != null)
                adopt(server.getJettyServer(), listening);
            return new KgServer(server);
        }

        /**
         * Jetty's graceful stop: with a stop timeout, {@code Server.stop()} first shuts down every
         * {@code Graceful} part (the connectors stop accepting; the {@link GracefulHandler} answers new
         * requests 503 and counts those in flight) and waits for them up to the timeout.
         */
        private static void stopGracefully(Server jetty, Duration grace) {
            jetty.setStopTimeout(grace.toMillis());
            GracefulHandler graceful = new GracefulHandler();
            graceful.setHandler(jetty.getHandler());
            jetty.setHandler(graceful);
        }

        private static void adopt(Server jetty, ServerSocketChannel channel) {
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    try {
                        serverConnector.open(channel);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    return;
                }
            }
            throw new IllegalStateException("no HTTP connector to take over the listening socket");
        }

        private static void configure(Server jetty, String host) {
            OneLineErrorHandler errors = new OneLineErrorHandler();
            jetty.setErrorHandler(errors);
            if (jetty.getHandler() instanceof ServletContextHandler context)
                context.setErrorHandler(errors);
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                    HttpConnectionFactory http = serverConnector.getConnectionFactory(HttpConnectionFactory.class);
                    if (http != null) {
                        HttpConfiguration config = http.getHttpConfiguration();
                        config.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                        config.setSendServerVersion(false);
                        config.setSendXPoweredBy(false);
                    }
                }
            }
        }
    }
}
