package org.w3id.kzlabour.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.LinkedDataSite;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * A real server on port 0 over the shipped graph with the real search engine and {@code /reconcile}
 * wired as {@code serve} wires it, and an HTTP client for it.
 */
final class ReconcileServer implements AutoCloseable {

    /** Small enough that a test can exceed it cheaply. */
    static final long MAX_BODY = 256 * 1024;

    final KgServer server;
    final SearchIndex index;
    final String root;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ReconcileServer(KgServer server, SearchIndex index) {
        this.server = server;
        this.index = index;
        this.root = "http://127.0.0.1:" + server.port();
    }

    static ReconcileServer start() {
        DatasetGraph data = ShippedGraph.load();
        SearchIndex index = SearchIndex.inMemory(data, false);
        EndpointSettings settings = EndpointSettings.defaults().withMaxBodyBytes(MAX_BODY);
        GraphReader reader = new GraphReader(data, false, 30_000);
        KgServer.Builder builder = KgServer.builder().host("127.0.0.1").port(0)
                .runner(new QueryRunner(index.dataset(), false, ServicePolicy.refuseAll()))
                .settings(settings)
                .route("/reconcile/*", ReconciliationServlet.over(index, reader, PublicBase.standard(), settings.maxBodyBytes()));
        LinkedDataSite.install(builder, reader, PublicBase.standard(), LinkedDataSite.shippedOntology(), List.of());
        KgServer server = builder.build().start();
        return new ReconcileServer(server, index);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST as OpenRefine sends it. */
    HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return postBytes(path, "application/x-www-form-urlencoded; charset=UTF-8", form.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null)
            request.header("Content-Type", contentType);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> method(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        index.close();
    }
}
