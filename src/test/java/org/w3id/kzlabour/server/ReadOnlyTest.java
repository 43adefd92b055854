package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kzlabour.query.ServicePolicy;

/** SPARQL Update and Graph Store writes are refused with 4xx and never change the data. */
class ReadOnlyTest {

    private static final String UPDATE = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
    private static DatasetGraph data;
    private static KgServer server;
    private static long triplesBefore;

    @BeforeAll
    static void start() {
        data = TestServers.dataset(10);
        triplesBefore = data.getDefaultGraph().size();
        server = TestServers.start(data, EndpointSettings.defaults(), ServicePolicy.refuseAll());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void updateByFormIsRefused() throws Exception {
        HttpResponse<String> response = TestServers.postForm(server, TestServers.form("update", UPDATE), null);
        assertEquals(403, response.statusCode());
        assertUnchanged();
    }

    @Test
    void updateByDirectPostIsRefused() throws Exception {
        HttpResponse<String> response = TestServers.CLIENT.send(
                HttpRequest.newBuilder(URI.create(TestServers.endpoint(server)))
                           .header("Content-Type", "application/sparql-update")
                           .POST(HttpRequest.BodyPublishers.ofString(UPDATE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertUnchanged();
    }

    @Test
    void updateTextInQueryParameterIsAParseError() throws Exception {
        HttpResponse<String> response = TestServers.get(server, UPDATE, null);
        assertEquals(400, response.statusCode());
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void graphStoreWritesAreRefused(String method) throws Exception {
        for (String path : new String[] {"/sparql", "/sparql?default", "/data", "/ds/data?default", "/ds"}) {
            // A fresh client each time: the server may close a connection whose request body it did not read.
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                               .header("Content-Type", "text/turtle")
                               .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, method + " " + path + " -> " + response.statusCode());
        }
        assertUnchanged();
    }

    @Test
    void graphStorePostIsRefused() throws Exception {
        HttpResponse<String> response = TestServers.CLIENT.send(
                HttpRequest.newBuilder(URI.create(TestServers.endpoint(server) + "?default"))
                           .header("Content-Type", "text/turtle")
                           .POST(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertUnchanged();
    }

    private static void assertUnchanged() {
        assertEquals(triplesBefore, data.getDefaultGraph().size());
    }
}
