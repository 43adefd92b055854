package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServiceLimits;
import org.w3id.kzlabour.query.ServicePolicy;

/**
 * Each SERVICE call has its own deadline and row cap: a slow, trickling or huge remote fails the
 * query promptly with a one-line reason (never a partial answer that looks complete), and the server
 * keeps answering other requests meanwhile. All remotes are real HTTP servers on loopback port 0.
 */
class ServiceLimitsTest {

    private static final long SERVICE_TIMEOUT_MS = 1000;
    private static final int MAX_ROWS = 1000;
    private static final long PATIENT_TIMEOUT_MS = 5000;

    private static KgServer big;
    private static StandInEndpoints.Raw sleeping;
    private static StandInEndpoints.Raw trickling;
    private static StandInEndpoints.Raw stalling;
    private static StandInEndpoints.Raw recorder;
    private static StandInEndpoints.Raw redirecting;
    private static KgServer main;
    private static KgServer shortQueries;
    private static KgServer patient;

    @BeforeAll
    static void start() throws Exception {
        big = TestServers.start(TestServers.dataset(2000), EndpointSettings.defaults(), ServicePolicy.refuseAll());
        sleeping = new StandInEndpoints.Raw(StandInEndpoints.sleeping(30_000));
        trickling = new StandInEndpoints.Raw(StandInEndpoints.trickling(100));
        stalling = new StandInEndpoints.Raw(StandInEndpoints.stalling(30_000));
        recorder = new StandInEndpoints.Raw(StandInEndpoints.empty());
        redirecting = new StandInEndpoints.Raw(exchange -> {
            exchange.getResponseHeaders().set("Location", recorder.endpoint() + "?query=ASK%7B%7D");
            exchange.sendResponseHeaders(302, -1);
        });
        Set<String> allowed = Set.of(TestServers.endpoint(big), sleeping.endpoint(), trickling.endpoint(), stalling.endpoint(),
                                     recorder.endpoint(), redirecting.endpoint());
        main = TestServers.start(TestServers.dataset(5), EndpointSettings.defaults(),
                ServicePolicy.allowOnly(allowed, new ServiceLimits(Duration.ofMillis(SERVICE_TIMEOUT_MS), MAX_ROWS)));
        // A generous SERVICE limit on a server whose queries may run 1.5 s: the query's limit wins.
        shortQueries = TestServers.start(TestServers.dataset(5), EndpointSettings.defaults().withQueryTimeout(Duration.ofMillis(1500)),
                ServicePolicy.allowOnly(allowed, new ServiceLimits(Duration.ofSeconds(30), MAX_ROWS)));
        patient = TestServers.start(TestServers.dataset(5), EndpointSettings.defaults(),
                ServicePolicy.allowOnly(allowed, new ServiceLimits(Duration.ofMillis(PATIENT_TIMEOUT_MS), MAX_ROWS)));
    }

    @AfterAll
    static void stop() {
        main.stop();
        shortQueries.stop();
        patient.stop();
        big.stop();
        sleeping.close();
        trickling.close();
        stalling.close();
        recorder.close();
        redirecting.close();
    }

    private static String serviceQuery(String endpoint) {
        return "SELECT * WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } }";
    }

    @Test
    void aSleepingRemoteTimesOutPromptlyWith504() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.get(main, serviceQuery(sleeping.endpoint()), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("ServiceLimitsTest: %s: HTTP %d after %d ms%n", "aSleepingRemoteTimesOutPromptlyWith504", response.statusCode(), millis);
        BadInputTest.assertOneLineError(504, response.statusCode(), response.body());
        assertTrue(response.body().contains("SERVICE <" + sleeping.endpoint() + ">"), response.body());
        assertTrue(millis >= SERVICE_TIMEOUT_MS - 50 && millis < SERVICE_TIMEOUT_MS + 3000, "took " + millis + " ms");
    }

    @Test
    void aTricklingRemoteIsStoppedAtItsDeadlineToo() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.get(main, serviceQuery(trickling.endpoint()), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("ServiceLimitsTest: %s: HTTP %d after %d ms%n", "aTricklingRemoteIsStoppedAtItsDeadlineToo", response.statusCode(), millis);
        BadInputTest.assertOneLineError(504, response.statusCode(), response.body());
        assertTrue(millis < SERVICE_TIMEOUT_MS + 3000, "took " + millis + " ms");
    }

    @Test
    void aRemoteThatStallsMidAnswerIsStoppedAtItsDeadline() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.get(main, serviceQuery(stalling.endpoint()), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("ServiceLimitsTest: %s: HTTP %d after %d ms%n", "aRemoteThatStallsMidAnswerIsStoppedAtItsDeadline", response.statusCode(), millis);
        BadInputTest.assertOneLineError(504, response.statusCode(), response.body());
        assertTrue(millis < SERVICE_TIMEOUT_MS + 3000, "took " + millis + " ms");
        // the interrupt that stopped the read does not leak into the next request on the same server
        assertEquals(200, TestServers.get(main, "ASK { ?s ?p ?o }", null).statusCode());
    }

    @Test
    void theQueryTimeoutBoundsASlowServiceEvenWithAHigherServiceLimit() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServers.get(shortQueries, serviceQuery(sleeping.endpoint()), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("ServiceLimitsTest: %s: HTTP %d after %d ms%n", "theQueryTimeoutBoundsASlowServiceEvenWithAHigherServiceLimit", response.statusCode(), millis);
        assertTrue(response.statusCode() == 504 || response.statusCode() == 503, response.statusCode() + " " + response.body());
        assertTrue(millis < 1500 + 3000, "took " + millis + " ms");
    }

    @Test
    void theServerAnswersOthersWhileRemotesHang() throws Exception {
        String plainQuery = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        assertEquals(200, TestServers.get(patient, plainQuery, null).statusCode());
        List<CompletableFuture<HttpResponse<String>>> hanging = new ArrayList<>();
        for (int i = 0; i < 8; i++)
            hanging.add(TestServers.CLIENT.sendAsync(request(patient, serviceQuery(sleeping.endpoint()) + " # " + i),
                                                    HttpResponse.BodyHandlers.ofString()));
        Thread.sleep(500);
        long start = System.nanoTime();
        HttpResponse<String> plain = TestServers.get(patient, plainQuery + " # while others hang", "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("ServiceLimitsTest: a plain query answered in %d ms while 8 SERVICE calls hung%n", millis);
        assertEquals(200, plain.statusCode(), plain.body());
        assertTrue(plain.body().contains("\"15\""), plain.body());
        assertTrue(millis < PATIENT_TIMEOUT_MS / 2, "a plain query waited " + millis + " ms behind hanging SERVICE calls");
        for (CompletableFuture<HttpResponse<String>> call : hanging) {
            assertEquals(504, call.get().statusCode());
            assertTrue(!call.isCompletedExceptionally());
        }
        assertTrue(hanging.stream().allMatch(CompletableFuture::isDone));
        assertTrue(hanging.get(0).get().body().contains("within " + PATIENT_TIMEOUT_MS + " ms"), hanging.get(0).get().body());
        assertTrue(millis < PATIENT_TIMEOUT_MS, "plain " + millis);
    }

    @Test
    void moreRowsThanTheCapFailTheQueryWith400() throws Exception {
        HttpResponse<String> response = TestServers.get(main, serviceQuery(TestServers.endpoint(big)), null);
        BadInputTest.assertOneLineError(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("more than " + MAX_ROWS + " rows"), response.body());
    }

    @Test
    void aServicePatternWithinTheCapGivesItsWholeAnswer() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { SERVICE <" + TestServers.endpoint(big) + "> "
                     + "{ SELECT * WHERE { ?s ?p ?o } LIMIT " + MAX_ROWS + " } }";
        HttpResponse<String> response = TestServers.get(main, query, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"" + MAX_ROWS + "\""), response.body());
    }

    @Test
    void variablesHiddenInsideASubQueryComeBackUnderTheirOwnNames() throws Exception {
        String query = "SELECT ?label WHERE { { SELECT ?label WHERE { SERVICE <" + TestServers.endpoint(big) + "> "
                     + "{ SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s LIMIT 3 } } } } ORDER BY ?label";
        HttpResponse<String> response = TestServers.get(main, query, "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("label\r\nthing 0\r\nthing 1\r\nthing 10\r\n", response.body());
    }

    @Test
    void theRemoteIsAskedForOneRowMoreThanTheCap() throws Exception {
        recorder.requests.clear();
        HttpResponse<String> response = TestServers.get(main, serviceQuery(recorder.endpoint()), null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, recorder.requests.size());
        String sent = URLDecoder.decode(recorder.requests.get(0), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(sent.contains("LIMIT " + (MAX_ROWS + 1)), sent);
    }

    @Test
    void serviceSilentKeepsItsSparqlMeaningAtTheCap() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) (COUNT(?s) AS ?remote) WHERE { SERVICE SILENT <" + TestServers.endpoint(big) + "> { ?s ?p ?o } }";
        HttpResponse<String> response = TestServers.get(main, query, "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("n,remote\r\n1,0\r\n", response.body());
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        recorder.requests.clear();
        HttpResponse<String> response = TestServers.get(main, serviceQuery(redirecting.endpoint()), null);
        BadInputTest.assertOneLineError(502, response.statusCode(), response.body());
        assertTrue(recorder.requests.isEmpty(), "the redirect was followed: " + recorder.requests);
    }

    @Test
    void federatedAnswersAreNotCached() throws Exception {
        String query = serviceQuery(recorder.endpoint());
        TestServers.get(main, query, null);
        HttpResponse<String> second = TestServers.get(main, query, null);
        assertEquals(200, second.statusCode());
        assertTrue(second.headers().firstValue("X-Cache").map("MISS"::equals).orElse(true), second.headers().toString());
    }

    private static HttpRequest request(KgServer server, String query) {
        return HttpRequest.newBuilder(URI.create(TestServers.endpoint(server) + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }
}
