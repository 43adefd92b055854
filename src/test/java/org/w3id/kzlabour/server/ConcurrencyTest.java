package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServicePolicy;

/** 200 requests from 20 concurrent clients all succeed, and an expensive query does not block cheap ones. */
class ConcurrencyTest {

    private static KgServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(TestServers.dataset(300), EndpointSettings.defaults(), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void twoHundredRequestsFromTwentyClients() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String query = "SELECT ?label WHERE { <" + TestServers.NS + "s" + (i % 300) + "> <http://www.w3.org/2000/01/rdf-schema#label> ?label }";
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return TestServers.get(server, query, null).statusCode();
                } catch (Exception ex) {
                    return -1;
                }
            }, clients));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<Integer> answer : answers)
            statuses.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        clients.shutdown();
        assertEquals(Map.of(200, 200), statuses);
    }

    @Test
    void staysResponsiveWhileAnExpensiveQueryRuns() throws Exception {
        String expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        CompletableFuture<HttpResponse<String>> heavy = CompletableFuture.supplyAsync(() -> {
            try {
                return TestServers.postForm(server, TestServers.form("query", expensive) + "&timeout=8", null);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        Thread.sleep(500);
        long start = System.nanoTime();
        HttpResponse<String> cheap = TestServers.get(server, "ASK { <" + TestServers.NS + "s1> ?p ?o }", null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, cheap.statusCode());
        assertTrue(millis < 3000, "cheap query took " + millis + " ms beside an expensive one");
        heavy.get(30, TimeUnit.SECONDS);
    }
}
