package org.w3id.kzlabour.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.URLEncoder;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;

/** Builds real servers on port 0 over small generated datasets, and talks to them over HTTP. */
final class TestServers {

    static final String NS = "https://w3id.org/kz-labour/id/test/";

    private TestServers() {}

    /** {@code size} subjects, each with a label, a type and a link to the next one. */
    static DatasetGraph dataset(int size) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node next = NodeFactory.createURI(NS + "next");
        Node thing = NodeFactory.createURI(NS + "Thing");
        for (int i = 0; i < size; i++) {
            Node s = NodeFactory.createURI(NS + "s" + i);
            dsg.getDefaultGraph().add(s, type, thing);
            dsg.getDefaultGraph().add(s, label, NodeFactory.createLiteralLang("thing " + i, "en"));
            dsg.getDefaultGraph().add(s, next, NodeFactory.createURI(NS + "s" + ((i + 1) % size)));
        }
        return dsg;
    }

    static KgServer start(DatasetGraph dsg, EndpointSettings settings, ServicePolicy services) {
        return KgServer.builder()
                .port(0)
                .runner(new QueryRunner(dsg, false, services))
                .settings(settings)
                .build()
                .start();
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static String endpoint(KgServer server) {
        return "http://127.0.0.1:" + server.port() + "/sparql";
    }

    static HttpResponse<String> get(KgServer server, String query, String accept) throws IOException, InterruptedException {
        URI uri = URI.create(endpoint(server) + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null)
            request.header("Accept", accept);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(KgServer server, String form, String accept) throws IOException, InterruptedException {
        return post(server, "application/x-www-form-urlencoded", form, accept);
    }

    static HttpResponse<String> postQuery(KgServer server, String query, String accept) throws IOException, InterruptedException {
        return post(server, "application/sparql-query", query, accept);
    }

    private static HttpResponse<String> post(KgServer server, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint(server)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null)
            request.header("Accept", accept);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
