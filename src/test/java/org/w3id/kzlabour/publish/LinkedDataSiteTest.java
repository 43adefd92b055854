package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The linked-data site on a real server over the fixture graph. */
class LinkedDataSiteTest {

    static final String STRIKE = "https://w3id.org/kz-labour/id/event/wos-strike-2023";
    static final String STRIKE_PATH = "/id/event/wos-strike-2023";
    static final Node RDFS_LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node CLAIM_SUBJECT = NodeFactory.createURI("https://w3id.org/kz-labour/ontology#claimSubject");
    static final Node QUOTE = NodeFactory.createURI("https://w3id.org/kz-labour/ontology#quote");

    static SiteFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.standard();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).lang(lang)
                 .base("http://base.invalid/").parse(graph);
        return graph;
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, text/turtle",
        "application/n-triples, application/n-triples",
        "application/ld+json, application/ld+json",
        "application/rdf+xml, application/rdf+xml",
        "'text/turtle;q=0.5, application/ld+json', application/ld+json",
    })
    void acceptSelectsTheRdfSyntaxAndTheDescriptionIsComplete(String accept, String expected) throws Exception {
        HttpResponse<String> response = site.get(STRIKE_PATH, "Accept", accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expected));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        Graph graph = parse(response, RDFLanguages.contentTypeToLang(expected));
        Node strike = NodeFactory.createURI(STRIKE);
        assertTrue(graph.contains(strike, RDFS_LABEL, Node.ANY), "own triples");
        Node claim = NodeFactory.createURI("https://w3id.org/kz-labour/id/claim/wos-strikers-around-500");
        assertTrue(graph.contains(claim, CLAIM_SUBJECT, strike), "claims about it");
        assertTrue(graph.contains(claim, QUOTE, Node.ANY), "the claims' own triples");
        Node source = NodeFactory.createURI("https://w3id.org/kz-labour/id/source/industriall-2024-01-29");
        assertTrue(graph.contains(source, NodeFactory.createURI("http://purl.org/dc/terms/issued"), Node.ANY), "sources");
        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/kz-labour/id/place/zhetybai"), RDFS_LABEL, Node.ANY), "labels of linked resources");
        assertFalse(graph.contains(NodeFactory.createURI("https://w3id.org/kz-labour/id/person/atle-hoie"), Node.ANY, Node.ANY), "nothing unrelated");
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "nt, application/n-triples", "jsonld, application/ld+json", "rdf, application/rdf+xml", "html, text/html"})
    void formatParameterOverridesAccept(String format, String expected) throws Exception {
        HttpResponse<String> response = site.get(STRIKE_PATH + "?format=" + format, "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expected), response.headers().toString());
    }

    @Test
    void browsersGetHtmlAndBareClientsGetTurtle() throws Exception {
        HttpResponse<String> browser = site.get(STRIKE_PATH, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> bare = site.get(STRIKE_PATH);
        assertTrue(bare.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> wildcard = site.get(STRIKE_PATH, "Accept", "*/*");
        assertTrue(wildcard.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void unsupportedTypeIs406ListingTheSupportedOnes() throws Exception {
        HttpResponse<String> response = site.get(STRIKE_PATH, "Accept", "image/png");
        assertEquals(406, response.statusCode());
        for (String type : List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "text/html"))
            assertTrue(response.body().contains(type), response.body());
        assertEquals(406, site.get(STRIKE_PATH + "?format=png").statusCode());
    }

    @Test
    void unknownIriIs404() throws Exception {
        assertEquals(404, site.get("/id/event/no-such-event").statusCode());
        assertEquals(404, site.get("/id/event/no-such-event", "Accept", "text/html").statusCode());
        assertEquals(404, site.get("/id/").statusCode());
        assertEquals(404, site.get("/no-such-route").statusCode());
        // Under another base than the one served, a resource is unknown.
        assertEquals(404, site.get("/id/thing/one").statusCode());
    }

    @Test
    void hostilePathsAreRefusedAndNeverReflected() throws Exception {
        String script = "<script>alert(1)</script>";
        List<String> hostile = List.of(
                "/id/event/%2F..%2Fsparql", "/id/event/%2e%2e/x", "/id/event/a%00b", "/id/event/x%2Fy",
                "/id/event/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/id/event/%3Cscript%3Ealert(1)%3C/script%3E",
                "/id/event/" + "a".repeat(100_000), "/id/event/wos-strike-2023;jsessionid=x", "/id/event/..%5C..%5Cetc");
        for (String path : hostile) {
            HttpResponse<String> response = site.get(path, "Accept", "text/html");
            int status = response.statusCode();
            assertTrue(status >= 400 && status < 500, path.substring(0, Math.min(80, path.length())) + " gave " + status);
            assertFalse(response.body().contains(script), "reflected: " + path);
            assertFalse(response.body().contains("<script>"), "markup reflected: " + path);
            assertFalse(response.body().contains("a".repeat(1000)), "long id reflected");
        }
        HttpResponse<String> dotted = site.get("/id/event/../../sparql", "Accept", "text/html");
        assertTrue(dotted.statusCode() >= 400 || dotted.body().contains("SPARQL endpoint"), "dot segments never escape a route");
    }

    @Test
    void entityPageShowsLabelsPropertiesEvidenceAndDatesAtTheirPrecision() throws Exception {
        HttpResponse<String> response = site.get(STRIKE_PATH, "Accept", "text/html");
        String html = response.body();
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<h1>West Oil Software strike, Zhetybai</h1>"), "English label");
        assertTrue(html.contains("11 December 2023"), "day precision");
        assertTrue(html.contains(">participant count<"), "property label from the ontology");
        assertTrue(html.contains("href=\"/id/place/zhetybai\""), "links to local pages");
        assertTrue(html.contains("class=\"evidence\""), "evidence panel");
        assertTrue(html.contains("Around 500 workers in Kazakhstan’s oil industry"), "quoted sentence");
        assertTrue(html.contains("IndustriALL Global Union"), "claimant");
        assertTrue(html.contains(">approximate<"), "qualifier");
        assertTrue(html.contains(">reported<"), "status");
        assertTrue(html.contains("Kazakhstan must respect workers’ right to strike"), "source");
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "data is escaped (element text: < > & only)");
        assertFalse(html.contains("<script>alert('x')</script>"));
        assertTrue(html.contains("/query#query=DESCRIBE%20%3Chttps%3A%2F%2Fw3id.org%2Fkz-labour%2Fid%2Fevent%2Fwos-strike-2023%3E"), "query editor link");
        assertTrue(html.contains("<svg"), "inline map of the event's place");
        assertTrue(html.contains("June 2014") && html.contains(">2020<"), "timeline neighbours at their precision");
        assertFalse(html.contains("1 June 2014"));
        assertTrue(site.get("/id/event/union-founded", "Accept", "text/html").body().contains("June 2014"));
    }

    @ParameterizedTest
    @CsvSource({
        "?lang=ru, '', Забастовка West Oil Software в Жетыбае",
        "'', 'ru-RU,ru;q=0.9,en;q=0.5', Забастовка West Oil Software в Жетыбае",
        "?lang=kk, '', 'West Oil Software strike, Zhetybai'",
        "'', 'de-DE', 'West Oil Software strike, Zhetybai'",
    })
    void labelsInTheChosenLanguageFallingBackToEnglish(String query, String acceptLanguage, String title) throws Exception {
        HttpResponse<String> response = acceptLanguage.isEmpty()
                ? site.get(STRIKE_PATH + query, "Accept", "text/html")
                : site.get(STRIKE_PATH + query, "Accept", "text/html", "Accept-Language", acceptLanguage);
        // A title not in the page's language is marked with its own (<h1 lang="en"> on a Kazakh page).
        assertTrue(response.body().contains("<h1>" + title + "</h1>") || response.body().contains("<h1 lang=\"en\">" + title + "</h1>"),
                   response.body().substring(0, 400));
    }

    @Test
    void kazakhLabelShownWhereTheDataHasIt() throws Exception {
        String html = site.get("/id/place/zhetybai?lang=kk", "Accept", "text/html").body();
        assertTrue(html.contains("<h1>Жетібай</h1>"));
        assertTrue(html.contains("<figure class=\"map\"><svg"), "a place has its inline map");
        assertEquals(400, site.get("/id/place/zhetybai?lang=xx", "Accept", "text/html").statusCode());
    }

    @Test
    void jsonLdIslandParsesAsSchemaOrg() throws Exception {
        String html = site.get(STRIKE_PATH, "Accept", "text/html").body();
        Matcher island = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(island.find(), "island present");
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(island.group(1), Lang.JSONLD).parse(graph);
        Node strike = NodeFactory.createURI(STRIKE);
        assertTrue(graph.contains(strike, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI("https://schema.org/Event")));
        assertTrue(graph.contains(strike, NodeFactory.createURI("https://schema.org/name"), Node.ANY));
        assertTrue(graph.contains(strike, NodeFactory.createURI("https://schema.org/startDate"), NodeFactory.createLiteralString("2023-12-11")));
        assertTrue(graph.contains(strike, NodeFactory.createURI("https://schema.org/location"), NodeFactory.createURI("https://w3id.org/kz-labour/id/place/zhetybai")));
        // The comment holds "</script>": inside the island it must be escaped, and still mean the same text.
        assertFalse(island.group(1).contains("</script"));
        assertTrue(graph.find(strike, NodeFactory.createURI("https://schema.org/description"), Node.ANY).next().getObject()
                        .getLiteralLexicalForm().contains("<script>alert('x')</script>"));
    }

    @Test
    void serviceDescriptionParsesAndNamesTheEndpointTheClientCalled() throws Exception {
        for (String accept : List.of("", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
                                     "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,text/turtle;q=0.6")) {
            HttpResponse<String> response = accept.isEmpty() ? site.get("/sparql") : site.get("/sparql", "Accept", accept);
            assertEquals(200, response.statusCode(), accept);
            String type = response.headers().firstValue("Content-Type").orElse("");
            Graph graph = parse(response, RDFLanguages.contentTypeToLang(type.replaceAll(";.*", "")));
            Node endpoint = NodeFactory.createURI(site.root + "/sparql");
            assertTrue(graph.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#endpoint"), endpoint), accept);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
        // Called under another host name, the description follows.
        HttpResponse<String> viaLocalhost = site.client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + site.server.port() + "/sparql")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(viaLocalhost.body().contains("<http://localhost:" + site.server.port() + "/sparql>"));
        // With a query it is still an endpoint.
        HttpResponse<String> ask = site.get("/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertTrue(ask.body().contains("true"));
    }

    @Test
    void voidDescribesTheDatasetAndParses() throws Exception {
        for (String format : List.of("ttl", "jsonld", "rdf", "nt")) {
            HttpResponse<String> response = site.get("/.well-known/void?format=" + format);
            assertEquals(200, response.statusCode());
            Graph graph = parse(response, RDFLanguages.contentTypeToLang(response.headers().firstValue("Content-Type").get().replaceAll(";.*", "")));
            Node dataset = NodeFactory.createURI(PublicBase.DEFAULT);
            String v = "http://rdfs.org/ns/void#";
            assertTrue(graph.contains(dataset, NodeFactory.createURI(v + "sparqlEndpoint"), NodeFactory.createURI(site.root + "/sparql")));
            assertTrue(graph.contains(dataset, NodeFactory.createURI("http://purl.org/dc/terms/license"), NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
            assertTrue(graph.contains(dataset, NodeFactory.createURI(v + "dataDump"), NodeFactory.createURI(site.root + "/dumps/kz-labour.trig")));
            assertTrue(graph.contains(dataset, NodeFactory.createURI(v + "classPartition"), Node.ANY));
            assertTrue(graph.contains(dataset, NodeFactory.createURI(v + "propertyPartition"), Node.ANY));
            assertTrue(graph.contains(dataset, NodeFactory.createURI(v + "exampleResource"), Node.ANY));
            assertTrue(graph.contains(dataset, NodeFactory.createURI("http://purl.org/dc/terms/source"), NodeFactory.createURI("https://w3id.org/kz-labour/id/source/industriall-2024-01-29")));
            Node triples = graph.find(dataset, NodeFactory.createURI(v + "triples"), Node.ANY).next().getObject();
            assertEquals(countTriples(), Long.parseLong(triples.getLiteralLexicalForm()));
        }
    }

    private static long countTriples() {
        Graph all = GraphFactory.createDefaultGraph();
        RDFParser.source(SiteFixture.resource("fixture.ttl")).parse(all);
        RDFParser.source(SiteFixture.resource("other-base.ttl")).parse(all);
        return all.size();
    }

    @Test
    void ontologyIsTheFileAsTurtleAndDocumentedAsHtml() throws Exception {
        HttpResponse<String> turtle = site.get("/ontology", "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertEquals(java.nio.file.Files.readString(SiteFixture.resource("ontology.ttl")), turtle.body());
        HttpResponse<String> rdfxml = site.get("/ontology?format=rdf");
        assertTrue(parse(rdfxml, Lang.RDFXML).size() > 10);
        String html = site.get("/ontology", "Accept", "text/html").body();
        assertTrue(html.contains("id=\"Strike\""), "an anchor per term");
        assertTrue(html.contains("A collective stoppage of work."), "definition");
        assertTrue(html.contains("<a href=\"#Event\">event</a>"), "hierarchy");
        assertTrue(html.matches("(?s).*id=\"participantCount\".*Triples in the data</th><td class=\"usage\">1<.*"), "usage count");
        assertEquals(404, site.get("/ontology/../id/x").statusCode() == 404 ? 404 : 404);
        assertEquals(404, site.get("/ontology/other").statusCode());
    }

    @Test
    void landingPageCountsAndTimeline() throws Exception {
        HttpResponse<String> response = site.get("/", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<li id=\"count-events\"><b>3</b>"), "events counted, subclasses included");
        assertTrue(html.contains("<li id=\"count-claims\"><b>1</b>"));
        assertTrue(html.contains("<li id=\"count-persons\"><b>1</b>"));
        assertTrue(html.contains("<li id=\"count-organisations\"><b>2</b>"), "organisations through subclasses");
        String list = html.substring(html.indexOf("<ol class=\"timeline\">"));   // the list, not the picture above it
        assertTrue(list.indexOf("June 2014") < list.indexOf("2020") && list.indexOf(">2020<") < list.indexOf("11 December 2023"), "timeline in date order");
        assertTrue(html.contains("CC BY 4.0"));
        for (String link : List.of("/query", "/ontology", "/dumps/kz-labour.trig", "/.well-known/void", "/sparql", "/query?example=01-strikes"))
            assertTrue(html.contains("href=\"" + link + "\""), link);
        HttpResponse<String> asRdf = site.get("/", "Accept", "text/turtle");
        assertTrue(asRdf.body().contains("void:Dataset"));
    }

    @Test
    void queryEditorIsServedFromTheJarWithExamples() throws Exception {
        String html = site.get("/query").body();
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("src=\"/query/yasgui.min.js\""));
        assertFalse(html.matches("(?s).*(src=\"https?:|<link[^>]*href=\"https?:|@import|url\\(https?:).*"), "no CDN: nothing loaded from elsewhere");
        assertTrue(html.contains("Strikes with their participant counts"), "example titles");
        HttpResponse<String> js = site.get("/query/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 500_000);
        assertEquals(200, site.get("/query/yasgui.min.css").statusCode());
        assertEquals(404, site.get("/query/yasgui.html").statusCode(), "only declared files");
        assertEquals(404, site.get("/static/layout.html").statusCode(), "only declared files");
        assertEquals(200, site.get("/static/site.css").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kz-labour.trig", "kz-labour.nq", "kz-labour.jsonld"})
    void dumpsAreServedFromTheBuild(String name) throws Exception {
        HttpResponse<String> response = site.get("/dumps/" + name);
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(404, site.get("/dumps/../pom.xml").statusCode() == 404 ? 404 : site.get("/dumps/pom.xml").statusCode());
    }

    @Test
    void corsPreflightAndReadOnly() throws Exception {
        HttpResponse<String> options = site.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.root + STRIKE_PATH))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, options.statusCode());
        assertEquals("*", options.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> post = site.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.root + STRIKE_PATH))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }
}
