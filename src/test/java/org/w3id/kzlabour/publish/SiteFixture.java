package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.store.ServedStore;

/** A real server with the linked-data site on port 0, over the test fixture graph. */
final class SiteFixture implements AutoCloseable {

    final KgServer server;
    final String root;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SiteFixture(KgServer server) {
        this.server = server;
        this.root = "http://127.0.0.1:" + server.port();
    }

    static Path resource(String name) {
        try {
            return Path.of(SiteFixture.class.getClassLoader().getResource("publish/" + name).toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Starts a server on the given files with the given public base. */
    static SiteFixture start(String base, List<Path> files, List<ExampleQueries.Example> examples) throws IOException {
        ServedStore store = ServedStore.files(files);
        EndpointSettings settings = EndpointSettings.defaults();
        KgServer.Builder builder = KgServer.builder().host("127.0.0.1").port(0)
                .runner(new QueryRunner(store.dataset(), store.transactional(), ServicePolicy.refuseAll()))
                .settings(settings);
        LinkedDataSite.install(builder, new GraphReader(store.dataset(), store.transactional(), 30_000), new PublicBase(base),
                               Files.readAllBytes(resource("ontology.ttl")), examples);
        return new SiteFixture(builder.build().start());
    }

    /** The fixture graph under the standard base, with the fixture examples. */
    static SiteFixture standard() throws IOException {
        return start(PublicBase.DEFAULT, List.of(resource("fixture.ttl"), resource("other-base.ttl")),
                     ExampleQueries.read(resource("examples")));
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
