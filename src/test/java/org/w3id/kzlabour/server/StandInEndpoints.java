package org.w3id.kzlabour.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Remote SPARQL endpoints for federation tests, all on loopback port 0: a Wikidata-shaped one (our
 * KgServer on the fixture graph), and misbehaving ones written with the JDK's HTTP server, which
 * need no SPARQL engine to be slow.
 */
final class StandInEndpoints {

    static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private StandInEndpoints() {}

    /** The fixture src/test/resources/wikidata-standin/wikidata-fixture.ttl, as a dataset. */
    static DatasetGraph wikidataFixture() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = StandInEndpoints.class.getResourceAsStream("/wikidata-standin/wikidata-fixture.ttl")) {
            RDFDataMgr.read(dsg.getDefaultGraph(), in, Lang.TURTLE);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return dsg;
    }

    /** A raw endpoint: records each request's query string and answers with {@code behaviour}. */
    static final class Raw implements AutoCloseable {
        final HttpServer server;
        final List<String> requests = new CopyOnWriteArrayList<>();

        Raw(Behaviour behaviour) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "stand-in");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/sparql", exchange -> {
                requests.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
                try {
                    behaviour.answer(exchange);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                } catch (IOException ignored) {
                    // the client went away: expected when our server gives up on us
                } finally {
                    exchange.close();
                }
            });
            server.start();
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    interface Behaviour {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** Waits {@code millis} before sending anything (a remote that is busy). */
    static Behaviour sleeping(long millis) {
        return exchange -> {
            Thread.sleep(millis);
            sendEmpty(exchange);
        };
    }

    /** Sends its headers at once, then one result row every {@code millis} for ever (a remote that trickles). */
    static Behaviour trickling(long millis) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[".getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (int i = 0; ; i++) {
                String row = (i == 0 ? "" : ",") + "{\"x\":{\"type\":\"literal\",\"value\":\"" + i + "\"}}";
                out.write(row.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(millis);
            }
        };
    }

    /** Sends its headers and the start of an answer, then nothing more for {@code millis} (a remote that stalls mid-answer). */
    static Behaviour stalling(long millis) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"0\"}}".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(millis);
        };
    }

    /** Answers at once with no rows. */
    static Behaviour empty() {
        return StandInEndpoints::sendEmpty;
    }

    private static void sendEmpty(HttpExchange exchange) throws IOException {
        byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }
}
