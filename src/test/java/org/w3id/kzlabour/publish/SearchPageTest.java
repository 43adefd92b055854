package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.store.ServedStore;

/** {@code /search} (HTML and JSON) and {@code text:query} on {@code /sparql}, on a real server on port 0 over the shipped graph. */
class SearchPageTest {

    static final String ID = "https://w3id.org/kz-labour/id/";
    static KgServer server;
    static SearchIndex index;
    static String root;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        ServedStore store = ServedStore.shipped();
        index = SearchIndex.inMemory(store.dataset(), store.transactional());
        PublicBase base = PublicBase.standard();
        EndpointSettings settings = EndpointSettings.defaults();
        KgServer.Builder builder = KgServer.builder().host("127.0.0.1").port(0)
                .runner(new QueryRunner(index.dataset(), store.transactional(), ServicePolicy.refuseAll()))
                .settings(settings)
                .route("/search", new SearchServlet(index, base));
        LinkedDataSite.install(builder, new GraphReader(store.dataset(), store.transactional(), 30_000), base,
                               LinkedDataSite.shippedOntology(), java.util.List.of());
        server = builder.build().start();
        root = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        index.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void htmlPageListsHitsWithTypeMatchAndEntityLink() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("Janaozen"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String body = r.body();
        assertTrue(body.contains("<a href=\"/id/place/zhanaozen\">Zhanaozen</a>"), body);
        assertTrue(body.contains("City"), body);
        assertTrue(body.contains("Also known as: <q translate=\"no\">Janaozen</q>"), body);
        assertTrue(body.contains("value=\"Janaozen\""), "the box keeps the query");
    }

    @Test
    void htmlLabelsFollowThePageLanguage() throws Exception {
        assertTrue(get("/search?lang=kk&q=" + q("Zhanaozen")).body().contains(">Жаңаөзен</a>"));
        assertTrue(get("/search?q=" + q("Zhanaozen"), "Accept-Language", "ru").body().contains(">Жанаозен</a>"));
        assertEquals(400, get("/search?lang=de&q=x").statusCode());
    }

    @Test
    void jsonByAcceptOrFormat() throws Exception {
        for (HttpResponse<String> r : new HttpResponse[] {
                get("/search?q=" + q("Жанаозен"), "Accept", "application/json"),
                get("/search?format=json&q=" + q("Жанаозен"))}) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject json = JSON.parse(r.body());
            JsonArray results = json.get("results").getAsArray();
            JsonObject first = results.get(0).getAsObject();
            assertEquals(ID + "place/zhanaozen", first.get("iri").getAsString().value());
            assertEquals("/id/place/zhanaozen", first.get("page").getAsString().value());
            assertEquals("EXACT_LABEL", first.get("match").getAsString().value());
            assertEquals("Жаңаөзен", first.get("labels").getAsObject().get("kk").getAsString().value());
            assertTrue(first.get("types").getAsArray().size() >= 1);
        }
    }

    @Test
    void typeAndLimitParameters() throws Exception {
        JsonObject json = JSON.parse(get("/search?format=json&limit=2&q=" + q("Zhanaozen")).body());
        assertTrue(json.get("results").getAsArray().size() <= 2);
        JsonObject places = JSON.parse(get("/search?format=json&type=" + q("https://w3id.org/kz-labour/ontology#Event") + "&q=" + q("Zhanaozen")).body());
        assertFalse(places.get("results").getAsArray().isEmpty());
        places.get("results").getAsArray().forEach(v -> assertTrue(v.getAsObject().get("types").getAsArray().toString().contains("ontology#Event")));
    }

    @Test
    void everythingIsEscaped() throws Exception {
        String hostile = "<script>alert(1)</script>\"'&";
        String body = get("/search?q=" + q(hostile)).body();
        assertFalse(body.contains("<script>alert"), body);
        assertTrue(body.contains("<q translate=\"no\">&lt;script&gt;alert(1)&lt;/script&gt;\"'&amp;</q>"), "in text: < > & escaped");
        assertTrue(body.contains("value=\"&lt;script>alert(1)&lt;/script>&#34;&#39;&amp;\""), "in an attribute: quotes escaped too");
        HttpResponse<String> json = get("/search?format=json&q=" + q(hostile));
        assertEquals(hostile, JSON.parse(json.body()).get("query").getAsString().value());
    }

    @Test
    void emptyQueryGivesTheBoxOrA400() throws Exception {
        HttpResponse<String> page = get("/search");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"search-page\""));
        assertFalse(page.body().contains("search-results"));
        assertEquals(200, get("/search?q=").statusCode());
        HttpResponse<String> json = get("/search", "Accept", "application/json");
        assertEquals(400, json.statusCode());
        assertEquals(1, json.body().strip().lines().count());
        assertEquals(400, get("/search?format=json&q=%20%20").statusCode());
    }

    @Test
    void badInputIsAOneLine400() throws Exception {
        for (String path : new String[] {"/search?q=" + "a".repeat(501), "/search?q=%E2%28", "/search?q=x&limit=0",
                                         "/search?q=x&limit=abc", "/search?q=x&format=xml"}) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertEquals(1, r.body().strip().lines().count(), path);
            assertFalse(r.body().contains("Exception"), path);
        }
        assertEquals(406, get("/search?q=x", "Accept", "image/png").statusCode());
        assertEquals(405, CLIENT.send(HttpRequest.newBuilder(URI.create(root + "/search?q=x")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void everyPageHasTheSearchBox() throws Exception {
        for (String path : new String[] {"/", "/id/place/zhanaozen", "/query", "/search"}) {
            String body = get(path, "Accept", "text/html").body();
            assertTrue(body.contains("<form class=\"search\" action=\"/search\""), path);
        }
    }

    @Test
    void textQueryOnSparqlUsesTheSameIndex() throws Exception {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"Жаңаөзен\" }";
        HttpResponse<String> r = get("/sparql?query=" + q(query), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(ID + "place/zhanaozen"), r.body());
        String joined = "PREFIX text: <http://jena.apache.org/text#> PREFIX kzl: <https://w3id.org/kz-labour/ontology#> "
                + "SELECT ?s WHERE { ?s text:query \"Zhanaozen\" ; a kzl:City }";
        String rows = get("/sparql?query=" + q(joined), "Accept", "text/csv").body();
        assertEquals(2, rows.strip().lines().distinct().count(), rows);
        String fuzzy = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"Жанаозен~1\" }";
        assertTrue(get("/sparql?query=" + q(fuzzy), "Accept", "text/csv").body().contains(ID + "place/zhanaozen"));
    }

    @Test
    void malformedTextQueryIsA400() throws Exception {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"name:(\" }";
        HttpResponse<String> r = get("/sparql?query=" + q(query));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(1, r.body().strip().lines().count());
    }
}
