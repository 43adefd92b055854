package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.kzlabour.store.CompactDatasetBuilder;
import org.w3id.kzlabour.store.CompactGraph;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The served engine (read-only {@link CompactGraph} store, id-based pattern matching, literal values
 * decoded at load, through {@link QueryRunner}) answers exactly as stock ARQ on Jena's in-memory
 * graph: every example, quality-check and table query of queries/ on the shipped graph, and queries
 * with repeated variables, OPTIONAL, FILTER, ORDER BY and aggregates on a generated graph.
 */
class ServedEngineAgreementTest {

    private static final String EX = "https://w3id.org/kz-labour/id/test/";

    @TestFactory
    Stream<DynamicTest> shippedQueriesAgreeWithStockArq() throws IOException {
        DatasetGraph reference = DatasetGraphFactory.create();
        for (ShippedGraph.ShippedFile file : ShippedGraph.files())
            file.parseInto(StreamRDFLib.graph(reference.getDefaultGraph()));
        DatasetGraph served = compactCopy(reference);
        assertTrue(served.getDefaultGraph() instanceof CompactGraph);
        Path queries = Paths.get(System.getProperty("kg.projectDir", System.getProperty("user.dir"))).resolve("queries");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("examples", "qc", "tables"))
            if (Files.isDirectory(queries.resolve(folder)))
                try (Stream<Path> s = Files.list(queries.resolve(folder))) {
                    s.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(files::add);
                }
        assertTrue(files.size() >= 30, "queries found: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            Query query = QueryFactory.create(Files.readString(f));
            if (query.isSelectType())
                assertSameRows(query, reference, served);
        }));
    }

    @Test
    void generatedGraphQueriesAgreeWithStockArq() {
        DatasetGraph reference = DatasetGraphFactory.create();
        Random random = new Random(15);
        for (int i = 0; i < 3000; i++) {
            Node s = NodeFactory.createURI(EX + "e/" + random.nextInt(400));
            reference.getDefaultGraph().add(Triple.create(s, uri("p/" + random.nextInt(5)), NodeFactory.createURI(EX + "e/" + random.nextInt(400))));
            if (i % 3 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("date"),
                        NodeFactory.createLiteralDT((2000 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate)));
            if (i % 2 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("count"), NodeFactory.createLiteralDT(Integer.toString(random.nextInt(50)), XSDDatatype.XSDinteger)));
            if (i % 5 == 0)
                reference.getDefaultGraph().add(Triple.create(s, s.equals(uri("e/7")) ? uri("p/0") : uri("self"), s));
        }
        DatasetGraph served = compactCopy(reference);
        String prefix = "PREFIX : <" + EX + "> ";
        List<String> queries = List.of(
                "SELECT * { ?a :p\\/0 ?b . ?b :p\\/1 ?c . ?c :p\\/2 ?a }",
                "SELECT * { ?a ?p ?a }",
                "SELECT * { ?a :self ?a . ?a ?q ?b } ORDER BY ?a ?q ?b",
                "SELECT ?a ?d ?n { ?a :date ?d OPTIONAL { ?a :count ?n } FILTER (?d >= \"2010-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>) } ORDER BY ?d ?a ?n",
                "SELECT ?y (SUM(?n) AS ?total) (COUNT(*) AS ?c) { ?a :date ?d ; :count ?n } GROUP BY (YEAR(?d) AS ?y) ORDER BY ?y",
                "SELECT DISTINCT ?b { ?a :p\\/0 ?b . ?b ?p ?x } ORDER BY ?b",
                "SELECT * { VALUES ?a { :e\\/1 :e\\/2 :missing } ?a ?p ?o } ORDER BY ?a ?p ?o",
                "SELECT * { { ?a :p\\/3 ?b } UNION { ?b :p\\/4 ?a } ?a :count ?n FILTER (?n > 40) } ORDER BY ?a ?b",
                "SELECT ?a (MAX(?n) AS ?m) { ?a :p\\/1 ?b . ?b :count ?n } GROUP BY ?a HAVING (MAX(?n) > 45) ORDER BY ?a",
                "SELECT * { ?a :date ?d } ORDER BY DESC(?d) ?a OFFSET 100 LIMIT 20",
                "SELECT * { ?a :p\\/0 :e\\/5 . OPTIONAL { ?a :p\\/9 ?x } }",
                "SELECT ?a { ?a :count \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> } ORDER BY ?a",
                "SELECT ?a { ?a :count \"07\"^^<http://www.w3.org/2001/XMLSchema#integer> }",
                "SELECT ?a ?b { ?a :p\\/0 ?b FILTER NOT EXISTS { ?b :p\\/1 ?a } } ORDER BY ?a ?b",
                "SELECT ?o { ?a ?p ?o } ORDER BY ?o",
                "SELECT ?a ?n { ?a :count ?n } ORDER BY DESC(?n)",
                "SELECT ?a ?n ?d { ?a :count ?n OPTIONAL { ?a :date ?d } } ORDER BY ?d DESC(?n) ?a",
                "SELECT ?a (STR(?n) AS ?s) { ?a :count ?n } ORDER BY ?s ?a",
                "SELECT ?a (MONTH(?d) AS ?m) (UCASE(STR(?a)) AS ?u) (DAY(?d) AS ?day) { ?a :date ?d } ORDER BY ?a ?d",
                "SELECT ?a (YEAR(?n) AS ?y) (ABS(?n) AS ?abs) { ?a :count ?n } ORDER BY ?a ?n",
                "SELECT ?y (COUNT(*) AS ?c) { ?a :date ?d BIND (YEAR(?d) AS ?y) FILTER (?y > 2005) } GROUP BY ?y ORDER BY ?y",
                "ASK { :e\\/1 ?p ?o }");
        for (String text : queries) {
            Query query = QueryFactory.create(prefix + text);
            if (query.isSelectType())
                assertSameRows(query, reference, served);
        }
    }

    @Test
    void theServedStoreRunsOnTheIdMatcherAndTheDecodingEngine() {
        DatasetGraph served = compactCopy(DatasetGraphFactory.create());
        new QueryRunner(served, false, ServicePolicy.refuseAll());
        assertTrue(org.apache.jena.sparql.engine.main.StageBuilder.getGenerator(served.getContext())
                instanceof org.w3id.kzlabour.store.CompactStageGenerator);
        Query query = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?o");
        assertTrue(org.apache.jena.sparql.engine.QueryEngineRegistry.findFactory(query, served, served.getContext())
                .getClass().getName().contains("DecodedValueEngine"));
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** The same triples (and blank nodes) in the served store. */
    static DatasetGraph compactCopy(DatasetGraph reference) {
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        reference.getDefaultGraph().find().forEach(builder::triple);
        return builder.build();
    }

    /** {@code query} through {@link QueryRunner} on {@code served} gives stock ARQ's rows on {@code reference} (in order under ORDER BY). */
    static void assertSameRows(Query query, DatasetGraph reference, DatasetGraph served) {
        ResultSetRewindable expected;
        try (QueryExec exec = QueryExec.dataset(reference).query(query).build()) {
            expected = ResultSetFactory.makeRewindable(ResultSet.adapt(exec.select()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(served, false, ServicePolicy.refuseAll()).run(query, ResultFormat.JSON, 0, List.of(), List.of(), out);
        ResultSetRewindable actual = ResultSetFactory.makeRewindable(
                ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
        assertEquals(expected.size(), actual.size(), "rows of " + query);
        boolean same = query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                : ResultSetCompare.equalsByTerm(expected, actual);
        assertTrue(same, "same rows for " + query + new String(out.toByteArray(), StandardCharsets.UTF_8).substring(0, Math.min(500, out.size())));
    }
}
