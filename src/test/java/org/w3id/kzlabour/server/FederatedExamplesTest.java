package org.w3id.kzlabour.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * Runs every query of queries/federated/ on a real server holding the shipped graph, with the
 * Wikidata endpoint IRI replaced by a local stand-in (our server on the fixture
 * src/test/resources/wikidata-standin/wikidata-fixture.ttl), and compares the answer with NAME.srj
 * beside the query, row by row in order (each query has an ORDER BY). CI has no internet; the
 * queries themselves name https://query.wikidata.org/sparql and work unchanged for a user who has.
 * An answer that differs is written to target/federated-actual/ for inspection.
 */
class FederatedExamplesTest {

    private static KgServer wikidata;
    private static KgServer main;
    private static Path folder;

    @BeforeAll
    static void start() {
        Path project = Paths.get(System.getProperty("kg.projectDir", System.getProperty("user.dir"))).toAbsolutePath();
        folder = project.resolve("queries/federated");
        wikidata = TestServers.start(StandInEndpoints.wikidataFixture(), EndpointSettings.defaults(), ServicePolicy.refuseAll());
        main = TestServers.start(ShippedGraph.load(), EndpointSettings.defaults(),
                ServicePolicy.allowOnly(Set.of(TestServers.endpoint(wikidata))));
    }

    @AfterAll
    static void stop() {
        main.stop();
        wikidata.stop();
    }

    @Test
    void everyQueryNamesWikidataAndHasItsExpectedAnswer() throws IOException {
        List<Path> queries = queries();
        assertTrue(queries.size() >= 3, "queries/federated/ holds " + queries.size() + " queries");
        for (Path query : queries) {
            assertTrue(Files.readString(query).contains("SERVICE <" + StandInEndpoints.WIKIDATA + ">"), query + " does not call Wikidata");
            assertTrue(Files.exists(expected(query)), "no " + expected(query).getFileName());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachQueryGivesItsExpectedAnswerFromTheStandIn() throws IOException {
        return queries().stream().map(query -> DynamicTest.dynamicTest(query.getFileName().toString(), () -> check(query)));
    }

    private static void check(Path query) throws IOException, InterruptedException {
        String text = Files.readString(query).replace(StandInEndpoints.WIKIDATA, TestServers.endpoint(wikidata));
        HttpResponse<String> response = TestServers.get(main, text, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSetRewindable actual = read(response.body());
        assertTrue(actual.size() > 0, query.getFileName() + " returned no rows from the stand-in");
        ResultSetRewindable wanted;
        try (InputStream in = Files.newInputStream(expected(query))) {
            wanted = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
        }
        boolean same = ResultSetCompare.equalsByTermAndOrder(wanted, actual);
        if (!same) {
            Path out = Paths.get("target/federated-actual").resolve(expected(query).getFileName());
            Files.createDirectories(out.getParent());
            Files.writeString(out, response.body());
            actual.reset();
            wanted.reset();
        }
        assertTrue(same, query.getFileName() + " differs from its .srj; the answer is in target/federated-actual/\n"
                + ResultSetFormatter.asText(actual));
    }

    private static ResultSetRewindable read(String json) {
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    private static List<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static Path expected(Path query) {
        String name = query.getFileName().toString();
        return query.resolveSibling(name.substring(0, name.length() - 3) + ".srj");
    }
}
