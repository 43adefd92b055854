package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.store.ShippedGraph;

/** Releases on a real server: the release metadata, the checksums against the served bytes, the RDF Patch, the pages, the permalinks. */
class ReleaseSiteTest {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final Release RELEASE = Release.current();

    static SiteFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.standard();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Graph description() throws Exception {
        HttpResponse<String> response = site.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(graph);
        return graph;
    }

    static Node object(Graph g, Node s, String p) {
        List<Triple> found = g.find(s, uri(p), Node.ANY).toList();
        assertEquals(1, found.size(), "exactly one " + p + " of " + s);
        return found.get(0).getObject();
    }

    static byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = site.client.send(HttpRequest.newBuilder(URI.create(site.root + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    @Test
    void descriptionCarriesVersionDatesReleaseIriAndPreviousRelease() throws Exception {
        Graph g = description();
        Node dataset = uri(PublicBase.DEFAULT);
        Node current = uri("https://w3id.org/kz-labour/release/" + RELEASE.version());
        assertEquals(RELEASE.version(), object(g, dataset, DCAT + "version").getLiteralLexicalForm());
        assertEquals(RELEASE.firstDate().toString(), object(g, dataset, DCT + "issued").getLiteralLexicalForm());
        assertEquals(RELEASE.date().toString(), object(g, dataset, DCT + "modified").getLiteralLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", object(g, dataset, DCT + "modified").getLiteralDatatypeURI());
        assertEquals(current, object(g, dataset, DCAT + "hasCurrentVersion"));
        assertEquals(RELEASE.version(), object(g, current, DCAT + "version").getLiteralLexicalForm());
        assertEquals(RELEASE.date().toString(), object(g, current, DCT + "issued").getLiteralLexicalForm());
        assertEquals(dataset, object(g, current, DCAT + "isVersionOf"));
        Node previous = uri("https://w3id.org/kz-labour/release/0.1.0");
        assertEquals(previous, object(g, current, "http://www.w3.org/ns/prov#wasRevisionOf"));
        assertEquals(previous, object(g, current, DCAT + "previousVersion"));
        assertEquals("2026-11-23", object(g, previous, DCT + "issued").getLiteralLexicalForm());
        assertTrue(g.contains(dataset, uri(DCAT + "hasVersion"), previous));
        String notes = object(g, current, "http://www.w3.org/ns/adms#versionNotes").getLiteralLexicalForm();
        assertTrue(notes.contains(firstChangeStart()), notes);
        Node patch = uri(site.root + "/dumps/" + RELEASE.patchFileName());
        assertTrue(g.contains(current, uri("http://www.w3.org/2000/01/rdf-schema#seeAlso"), patch), "the patch is linked");
        assertEquals(patch, object(g, patch, DCAT + "downloadURL"));
    }

    @Test
    void everyServedFileHasItsTrueSizeChecksumAndMediaType() throws Exception {
        Graph g = description();
        List<String> checked = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, uri(DCAT + "downloadURL"), Node.ANY).toList()) {
            String url = t.getObject().getURI();
            assertTrue(url.startsWith(site.root + "/dumps/"), url);
            Node distribution = t.getSubject();
            byte[] bytes = download(url.substring(site.root.length()));
            assertEquals(Long.toString(bytes.length), object(g, distribution, DCAT + "byteSize").getLiteralLexicalForm(), url);
            Node checksum = object(g, distribution, SPDX + "checksum");
            assertEquals(uri(SPDX + "checksumAlgorithm_sha256"), object(g, checksum, SPDX + "algorithm"));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, object(g, checksum, SPDX + "checksumValue").getLiteralLexicalForm(), url);
            boolean typed = g.contains(distribution, uri(DCAT + "mediaType"), Node.ANY) || g.contains(distribution, uri(DCT + "format"), Node.ANY);
            assertTrue(typed, "media type of " + url);
            checked.add(url.substring(url.lastIndexOf('/') + 1));
        }
        for (String name : List.of("kz-labour.trig", "kz-labour.nq", "kz-labour.jsonld", RELEASE.patchFileName(), RELEASE.previousDumpFileName()))
            assertTrue(checked.contains(name), name + " described");
        Node nq = g.find(Node.ANY, uri(DCAT + "downloadURL"), uri(site.root + "/dumps/kz-labour.nq")).next().getSubject();
        assertEquals(uri("https://www.iana.org/assignments/media-types/application/n-quads"), object(g, nq, DCAT + "mediaType"));
        assertTrue(g.contains(uri(RELEASE.iri()), uri(DCAT + "distribution"), nq), "the dumps belong to the current release");
    }

    @Test
    void patchAppliedToThePreviousReleaseGivesThisRelease() throws Exception {
        DatasetGraph graph = ReleasePatch.readDump(new ByteArrayInputStream(download("/dumps/" + RELEASE.previousDumpFileName())));
        assertTrue(graph.find().hasNext(), "the previous release's dump is served");
        HttpResponse<String> patchResponse = site.get("/dumps/" + RELEASE.patchFileName());
        assertTrue(patchResponse.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf-patch"));
        RDFPatch patch = RDFPatchOps.read(new ByteArrayInputStream(patchResponse.body().getBytes(StandardCharsets.UTF_8)));
        RDFPatchOps.applyChange(graph, patch);
        DatasetGraph served = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(download("/dumps/kz-labour.nq"))).lang(Lang.NQUADS).parse(served);
        assertTrue(isomorphic(served, graph), "0.1.0 + patch = the served dump of this release");
        assertTrue(isomorphic(ShippedGraph.load(), graph), "0.1.0 + patch = this release's graph");
    }

    /** Dataset isomorphism graph by graph with jena-core's hashing matcher (ARQ's IsoMatcher backtracks for minutes on 480 blank-node triples). */
    static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        if (!a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph()))
            return false;
        List<Node> names = org.apache.jena.atlas.iterator.Iter.toList(a.listGraphNodes()), others = org.apache.jena.atlas.iterator.Iter.toList(b.listGraphNodes());
        if (!new java.util.HashSet<>(names).equals(new java.util.HashSet<>(others)))
            return false;
        for (Node name : names)
            if (!a.getGraph(name).isIsomorphicWith(b.getGraph(name)))
                return false;
        return true;
    }

    @Test
    void landingPageShowsTheVersionDateChangesAndCitation() throws Exception {
        String html = site.get("/", "Accept", "text/html").body();
        assertTrue(html.contains("<b class=\"version\">" + RELEASE.version() + "</b>"), "version");
        assertTrue(html.contains("<time datetime=\"" + RELEASE.date() + "\">2 December 2026</time>"), "date");
        assertTrue(html.contains("<ul class=\"changes\"><li>" + firstChangeStart()), "changes from the changelog");
        assertTrue(html.contains("href=\"/dumps/" + RELEASE.patchFileName() + "\""), "patch link");
        assertTrue(html.contains("href=\"/releases\""));
        assertTrue(html.contains("<section class=\"cite\" id=\"cite\">"), "cite this");
        assertTrue(html.contains("(Version " + RELEASE.version() + ", released 2 December 2026) [Data set]. https://w3id.org/kz-labour/ (accessed "
                + DateText.format(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), null) + ")."), "plain-text reference");
        String releases = site.get("/releases").body();
        assertTrue(releases.contains("id=\"release-0.1.0\"") && releases.contains("id=\"release-0.2.0\""));
        assertTrue(releases.contains("href=\"/dumps/" + RELEASE.previousDumpFileName() + "\""));
        assertEquals(404, site.get("/releases/9.9.9").statusCode());
    }

    @Test
    void releaseIrisAreAnsweredWithSeeOther() throws Exception {
        HttpResponse<String> html = site.get("/release/" + RELEASE.version(), "Accept", "text/html");
        assertEquals(303, html.statusCode());
        assertEquals("/releases#release-" + RELEASE.version(), html.headers().firstValue("Location").orElse(""));
        HttpResponse<String> rdf = site.get("/release/0.1.0", "Accept", "text/turtle");
        assertEquals(303, rdf.statusCode());
        assertEquals("/.well-known/void?format=ttl", rdf.headers().firstValue("Location").orElse(""));
        assertEquals(404, site.get("/release/9.9.9").statusCode());
        HttpResponse<String> patch = site.get("/release/" + RELEASE.version() + "/patch");
        assertEquals(303, patch.statusCode());
        assertEquals("/dumps/" + RELEASE.patchFileName(), patch.headers().firstValue("Location").orElse(""));
        int hostile = site.get("/release/..%2Fpom.xml").statusCode();
        assertTrue(hostile == 400 || hostile == 404, "hostile path refused: " + hostile);
    }

    @Test
    void queryLinkFromAnOlderReleaseSaysSoAndLinksToTheChanges() throws Exception {
        String old = site.get("/query?release=0.1.0").body();
        assertTrue(old.contains("<div class=\"notice release-notice\" role=\"status\" data-link-release=\"0.1.0\">"), "notice");
        assertTrue(old.contains("made on release <b>0.1.0</b>") && old.contains("You are querying release <b>" + RELEASE.version() + "</b>"));
        assertTrue(old.contains("href=\"/releases\""), "changelog link");
        assertTrue(old.contains("href=\"/dumps/" + RELEASE.patchFileName() + "\""), "patch link");
        assertTrue(old.contains(RELEASE.version() + " — " + firstChangeStart()), "what changed since");
        for (String path : List.of("/query?release=" + RELEASE.version(), "/query", "/query?example=01-strikes&release=" + RELEASE.version())) {
            String html = site.get(path).body();
            assertFalse(html.contains("release-notice"), path + ": no notice on the current release");
            assertTrue(html.contains("id=\"share-link\""), "share button");
            assertTrue(java.util.regex.Pattern.compile("\"release\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(RELEASE.version()) + "\"").matcher(html).find(),
                       "the page knows its release");
        }
        assertTrue(site.get("/query?release=99.0.0").body().contains("newer than the release this server has"));
        HttpResponse<String> bad = site.get("/query?release=latest%3Cscript%3E");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("<script>"));
        assertNotNull(bad.body());
    }

    /** The start of this release's first changelog entry ("Added: ..."), plain text in every rendering. */
    private static String firstChangeStart() {
        String first = Changelog.shipped().release(RELEASE.version()).items().get(0);
        return first.substring(0, Math.min(20, first.length()));
    }
}
