package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.ServicePolicy;

/** SERVICE is refused by default; with an allow-list only the listed endpoints are called. */
class FederatedQueryTest {

    private static KgServer remote;
    private static KgServer closed;
    private static KgServer open;

    @BeforeAll
    static void start() {
        remote = TestServers.start(TestServers.dataset(5), EndpointSettings.defaults(), ServicePolicy.refuseAll());
        closed = TestServers.start(TestServers.dataset(5), EndpointSettings.defaults(), ServicePolicy.refuseAll());
        open = TestServers.start(TestServers.dataset(5), EndpointSettings.defaults(),
                ServicePolicy.allowOnly(Set.of(TestServers.endpoint(remote))));
    }

    @AfterAll
    static void stop() {
        remote.stop();
        closed.stop();
        open.stop();
    }

    @Test
    void serviceIsRefusedByDefault() throws Exception {
        String query = "SELECT * WHERE { SERVICE <" + TestServers.endpoint(remote) + "> { ?s ?p ?o } }";
        HttpResponse<String> response = TestServers.get(closed, query, null);
        BadInputTest.assertOneLineError(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("SERVICE"));
    }

    @Test
    void serviceInsideSubqueryAndExistsIsRefused() throws Exception {
        String sub = "SELECT * WHERE { { SELECT * WHERE { SERVICE <http://169.254.169.254/latest> { ?s ?p ?o } } } }";
        assertEquals(400, TestServers.get(closed, sub, null).statusCode());
        String exists = "SELECT * WHERE { ?x ?y ?z FILTER EXISTS { SERVICE <http://169.254.169.254/latest> { ?s ?p ?o } } }";
        assertEquals(400, TestServers.get(closed, exists, null).statusCode());
    }

    @Test
    void allowListedEndpointIsCalled() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { SERVICE <" + TestServers.endpoint(remote) + "> { ?s ?p ?o } }";
        HttpResponse<String> response = TestServers.get(open, query, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"15\""), response.body());
    }

    @Test
    void otherEndpointsStayRefusedWithAnAllowList() throws Exception {
        String query = "SELECT * WHERE { SERVICE <http://169.254.169.254/latest> { ?s ?p ?o } }";
        assertEquals(400, TestServers.get(open, query, null).statusCode());
        String variable = "SELECT * WHERE { BIND(<http://169.254.169.254/x> AS ?e) SERVICE ?e { ?s ?p ?o } }";
        assertEquals(400, TestServers.get(open, variable, null).statusCode());
    }
}
