package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.publish.SearchServlet;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * While the name index is built beside a running server, SPARQL is answered and /search,
 * /reconcile and text:query answer a one-line 503 with Retry-After; once it is built they answer.
 */
class BackgroundSearchIndexTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TEXT_QUERY = "PREFIX text: <http://jena.apache.org/text#> "
            + "SELECT ?s WHERE { ?s text:query 'Zhanaozen' }";

    @Test
    void searchAnswersOnceTheIndexIsBuiltAndSparqlAtOnce() throws Exception {
        DatasetGraph data = ShippedGraph.load();
        CountDownLatch mayBuild = new CountDownLatch(1);
        AtomicReference<SearchIndex> reported = new AtomicReference<>();
        BackgroundSearchIndex search = BackgroundSearchIndex.start(data, () -> {
            try {
                mayBuild.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return SearchIndex.inMemory(data, false);
        }, reported::set);
        GraphReader reader = new GraphReader(data, false, 30_000);
        KgServer server = KgServer.builder().host("127.0.0.1").port(0)
                .runner(new QueryRunner(data, false, ServicePolicy.refuseAll()))
                .settings(EndpointSettings.defaults())
                .route("/search", new SearchServlet(search, PublicBase.standard()))
                .route("/reconcile/*", ReconciliationServlet.over(search, reader, PublicBase.standard(), 1 << 20))
                .build().start();
        String root = "http://127.0.0.1:" + server.port();
        try {
            assertFalse(search.isReady());
            assertNotReady(get(root + "/search?q=Zhanaozen&format=json"));
            assertNotReady(post(root + "/reconcile", "queries=" + encode("{\"q0\":{\"query\":\"Zhanaozen\"}}")));
            assertNotReady(post(root + "/sparql", "query=" + encode(TEXT_QUERY)));
            assertEquals(200, post(root + "/sparql", "query=" + encode("ASK { ?s ?p ?o }")).statusCode(), "SPARQL answers at once");

            mayBuild.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!search.isReady() && System.nanoTime() < deadline)
                Thread.sleep(20);
            assertTrue(search.isReady());
            assertEquals(search.ready(), reported.get(), "the build was reported");
            HttpResponse<String> found = get(root + "/search?q=Zhanaozen&format=json");
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("zhanaozen"), found.body());
            assertEquals(200, post(root + "/reconcile", "queries=" + encode("{\"q0\":{\"query\":\"Zhanaozen\"}}")).statusCode());
            HttpResponse<String> text = post(root + "/sparql", "query=" + encode(TEXT_QUERY));
            assertEquals(200, text.statusCode(), text.body());
            assertTrue(text.body().contains("zhanaozen"), text.body());
        } finally {
            server.stop();
        }
    }

    private static void assertNotReady(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(response.body().contains("search index is still being built"), response.body());
        assertEquals(1, response.body().strip().lines().count(), "one line: " + response.body());
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String uri, String form) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
