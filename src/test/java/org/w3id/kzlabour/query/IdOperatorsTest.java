package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpModifier;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * GROUP BY and DISTINCT on store ids ({@link GroupByIds}, {@link DistinctByIds}) give exactly the
 * rows of stock ARQ on Jena's in-memory graph, including ARQ's corner cases (errors in keys and sums,
 * empty input with and without GROUP BY, order-dependent GROUP_CONCAT and SAMPLE, unbound projections),
 * take the shapes they are for, leave the others to ARQ, and stop on a time-out.
 */
class IdOperatorsTest {

    private static final String EX = "https://w3id.org/kz-labour/id/test/";
    private static final String PREFIX = "PREFIX : <" + EX + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
    private static final DatasetGraph REFERENCE = generated();
    private static final DatasetGraph SERVED = ServedEngineAgreementTest.compactCopy(REFERENCE);

    @TestFactory
    Stream<DynamicTest> groupedAndDistinctQueriesAgreeWithStockArq() {
        List<String> queries = List.of(
                "SELECT ?y (SUM(?n) AS ?t) (COUNT(?a) AS ?c) (AVG(?n) AS ?avg) (MIN(?d) AS ?min) (MAX(?n) AS ?max) { ?a :date ?d ; :count ?n } GROUP BY (YEAR(?d) AS ?y) ORDER BY ?y",
                "SELECT ?y (SUM(?v) AS ?t) (COUNT(?v) AS ?c) { ?a :date ?d ; :value ?v } GROUP BY (YEAR(?d) AS ?y)",
                "SELECT ?b (COUNT(DISTINCT ?c) AS ?n) { ?a :p\\/0 ?b . ?b :p\\/1 ?c } GROUP BY ?b",
                "SELECT ?k (COUNT(*) AS ?c) { ?a :label ?l } GROUP BY (xsd:integer(?l) AS ?k)",
                "SELECT ?nothere (COUNT(*) AS ?c) { ?a :count ?n } GROUP BY ?nothere",
                "SELECT ?a (MAX(?n) AS ?m) { ?a :p\\/1 ?b . ?b :count ?n } GROUP BY ?a HAVING (MAX(?n) > 45)",
                "SELECT ?y (COUNT(*) AS ?c) (SUM(?n) AS ?s) { ?a :date ?d ; :count ?n BIND (YEAR(?d) AS ?y) BIND (?n * 2 AS ?twice) FILTER (?twice > 10 && ?y > 2005) } GROUP BY ?y",
                "SELECT ?twice (COUNT(*) AS ?c) { ?a :count ?n BIND (?n * 2 AS ?twice) } GROUP BY ?twice",
                "SELECT (COUNT(*) AS ?c) (SUM(?n) AS ?s) (MIN(?n) AS ?min) { ?a :count ?n }",
                "SELECT ?a (SUM(?m) AS ?s) { ?a :mixed ?m } GROUP BY ?a",
                "SELECT ?y (COUNT(*) AS ?c) { ?a :when ?w } GROUP BY (YEAR(?w) AS ?y)",
                "SELECT ?a ?w (YEAR(?w) AS ?y) { ?a :when ?w } ORDER BY ?a ?w",
                "SELECT ?a ?w { ?a :when ?w FILTER (YEAR(?w) < 2021) } ORDER BY ?a ?w",
                "SELECT (SUM(?m) AS ?s) { ?a :mixed ?m FILTER (DATATYPE(?m) != xsd:double) }",
                "SELECT (SUM(?m) AS ?s) { ?a :mixed ?m }",
                "SELECT ?y (SUM(?m) AS ?s) (SUM(?n) AS ?t) { ?a :mixed ?m ; :count ?n ; :date ?d } GROUP BY (YEAR(?d) AS ?y)",
                "SELECT ?b (SUM(?n) AS ?s) (SUM(?a) AS ?iris) { ?a :count ?n ; :p\\/0 ?b } GROUP BY ?b",
                "SELECT ?b (SUM(?l) AS ?s) { ?a :label ?l ; :p\\/0 ?b } GROUP BY ?b",
                "SELECT (COUNT(*) AS ?c) (SUM(?n) AS ?s) (MAX(?n) AS ?max) { ?a :missing ?n }",
                "SELECT ?a (COUNT(*) AS ?c) { ?a :missing ?n } GROUP BY ?a",
                "SELECT ?a { ?a :count ?n } GROUP BY ?a",
                "SELECT (COUNT(DISTINCT *) AS ?c) { ?a :p\\/0 ?b }",
                "SELECT ?m (COUNT(DISTINCT ?a) AS ?c) (SUM(DISTINCT ?n) AS ?s) (AVG(DISTINCT ?n) AS ?avg) { ?a :count ?n ; :date ?d } GROUP BY (MONTH(?d) AS ?m)",
                "SELECT ?a (COUNT(?o) AS ?c) { ?a ?p ?o OPTIONAL { ?o :count ?n } } GROUP BY ?a",
                "SELECT ?a ?c { ?a :count ?n { SELECT ?a (COUNT(*) AS ?c) { ?a ?p ?o } GROUP BY ?a } }",
                "SELECT ?a (COUNT(*) AS ?c) { ?a ?p ?a } GROUP BY ?a",
                "SELECT DISTINCT ?b ?c { ?a :p\\/0 ?b . ?b :p\\/1 ?c . ?a :count ?n }",
                "SELECT DISTINCT ?t { ?a :p\\/0 ?b . ?b :p\\/1 ?c . ?c :p\\/2 ?t }",
                "SELECT DISTINCT ?a ?t { ?a :p\\/0 ?b . ?b :p\\/1 ?c . ?c :p\\/2 ?t }",
                "SELECT DISTINCT ?b { ?a :p\\/0 ?b . ?b ?p ?x } ORDER BY ?b",
                "SELECT DISTINCT ?n ?nothere { ?a :count ?n ; :p\\/3 ?b }",
                "SELECT DISTINCT ?nothere { ?a :count ?n }",
                "SELECT DISTINCT ?y { ?a :date ?d BIND (YEAR(?d) AS ?y) FILTER (?y != 2010) }",
                "SELECT DISTINCT ?a { ?a ?p ?a }",
                "SELECT DISTINCT ?a ?b { ?a :p\\/4 ?b . ?b :p\\/4 ?a }",
                "SELECT DISTINCT * { ?a :p\\/0 ?b . ?b :count ?n }",
                "SELECT DISTINCT ?b { ?a :missing ?b }");
        return queries.stream().map(text -> DynamicTest.dynamicTest(text, () -> assertSameRows(QueryFactory.create(PREFIX + text), REFERENCE)));
    }

    /**
     * SAMPLE and GROUP_CONCAT depend on the order of the rows, which is the store's: compared with
     * stock ARQ (its generic matcher and grouping) on the same store's graph.
     */
    @Test
    void orderDependentAggregatesSeeTheRowsInArqsOrder() {
        DatasetGraph sameStoreStockEngine = DatasetGraphFactory.wrap(SERVED.getDefaultGraph());
        assertSameRows(QueryFactory.create(PREFIX + "SELECT ?b (SAMPLE(?c) AS ?s) (GROUP_CONCAT(STR(?c); separator=\",\") AS ?all)"
                + " (GROUP_CONCAT(DISTINCT STR(?a)) AS ?as) { ?a :p\\/0 ?b . ?b :p\\/1 ?c } GROUP BY ?b"), sameStoreStockEngine);
    }

    /** REDUCED may drop any duplicates (here all of them); LIMIT without ORDER BY takes any rows of the answer. */
    @Test
    void reducedAndLimitedDistinctGiveRowsOfTheAnswer() {
        java.util.Set<String> all = rowSet("SELECT DISTINCT ?b { ?a :p\\/0 ?b . ?b :count ?n }");
        assertEquals(all, rowSet("SELECT REDUCED ?b { ?a :p\\/0 ?b . ?b :count ?n }"));
        java.util.Set<String> limited = rowSet("SELECT DISTINCT ?b { ?a :p\\/0 ?b . ?b :count ?n } LIMIT 7");
        assertEquals(7, limited.size());
        assertTrue(all.containsAll(limited));
    }

    private static java.util.Set<String> rowSet(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(SERVED, false, ServicePolicy.refuseAll()).run(QueryFactory.create(PREFIX + text), ResultFormat.JSON, 0, List.of(), List.of(), out);
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
        java.util.Set<String> set = new java.util.HashSet<>();
        rows.forEachRemaining(row -> set.add(row.toString()));
        return set;
    }

    @Test
    void theBenchmarkShapesRunOnIds() {
        ExecutionContext context = ExecutionContext.create(SERVED, SERVED.getDefaultGraph(), SERVED.getContext());
        OpGroup sumPerYear = (OpGroup) find(plan("SELECT ?y (COUNT(?a) AS ?c) (SUM(?n) AS ?s) { ?a :date ?d ; :count ?n } GROUP BY (YEAR(?d) AS ?y)"), OpGroup.class);
        assertNotNull(GroupByIds.over(sumPerYear, QueryIterRoot.create(context), context));
        OpGroup withBind = (OpGroup) find(plan("SELECT ?y (COUNT(*) AS ?c) { ?a :date ?d BIND (YEAR(?d) AS ?y) } GROUP BY ?y"), OpGroup.class);
        assertNotNull(GroupByIds.over(withBind, QueryIterRoot.create(context), context));
        OpDistinct distinct = (OpDistinct) find(plan("SELECT DISTINCT ?b ?c { ?a :p\\/0 ?b ; :p\\/1 ?c ; :count ?n } ORDER BY ?b ?c"), OpDistinct.class);
        assertNotNull(DistinctByIds.over(distinct.getSubOp(), QueryIterRoot.create(context), context));

        OpGroup rowsKept = (OpGroup) find(plan("SELECT (COUNT(DISTINCT *) AS ?c) { ?a :p\\/0 ?b }"), OpGroup.class);
        assertNull(GroupByIds.over(rowsKept, QueryIterRoot.create(context), context), "COUNT(DISTINCT *) keeps rows: ARQ's");
        OpGroup optional = (OpGroup) find(plan("SELECT ?a (COUNT(?o) AS ?c) { ?a ?p ?o OPTIONAL { ?o :count ?n } } GROUP BY ?a"), OpGroup.class);
        assertNull(GroupByIds.over(optional, QueryIterRoot.create(context), context), "not a basic pattern: ARQ's");
        OpGroup exists = (OpGroup) find(plan("SELECT ?a (COUNT(*) AS ?c) { ?a :count ?n FILTER EXISTS { ?a :date ?d } } GROUP BY ?a"), OpGroup.class);
        assertNull(GroupByIds.over(exists, QueryIterRoot.create(context), context), "EXISTS runs a pattern on the row: ARQ's");
    }

    @Test
    void aTimeOutStopsADistinctOnIds() {
        assertStoppedByTimeOut(QueryFactory.create("SELECT DISTINCT ?b ?e ?h { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
    }

    @Test
    void aTimeOutStopsAGroupOnIds() {
        assertStoppedByTimeOut(QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
    }

    private static void assertStoppedByTimeOut(Query endless) {
        QueryRunner runner = new QueryRunner(SERVED, false, ServicePolicy.refuseAll());
        long start = System.nanoTime();
        RuntimeException stopped = assertThrows(RuntimeException.class,
                () -> runner.run(endless, ResultFormat.JSON, 300, List.of(), List.of(), OutputStream.nullOutputStream()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(stopped instanceof QueryCancelledException || stopped instanceof QueryExecException
                || stopped.getClass().getSimpleName().contains("Timeout"), "stopped by " + stopped);
        assertTrue(millis < 5000, "a 300 ms time-out took " + millis + " ms");
    }

    private static Op plan(String text) {
        return Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + text)));
    }

    private static Op find(Op op, Class<? extends Op> type) {
        while (!type.isInstance(op)) {
            if (op instanceof OpModifier m)
                op = m.getSubOp();
            else if (op instanceof OpExtend e)
                op = e.getSubOp();
            else if (op instanceof org.apache.jena.sparql.algebra.op.Op1 o)
                op = o.getSubOp();
            else
                throw new AssertionError("no " + type.getSimpleName() + " in " + op);
        }
        return op;
    }

    private static DatasetGraph generated() {
        DatasetGraph reference = DatasetGraphFactory.create();
        Random random = new Random(16);
        for (int i = 0; i < 4000; i++) {
            Node s = uri("e/" + random.nextInt(400));
            reference.getDefaultGraph().add(Triple.create(s, uri("p/" + random.nextInt(5)), uri("e/" + random.nextInt(400))));
            if (i % 3 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("date"),
                        NodeFactory.createLiteralDT((2000 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate)));
            if (i % 2 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("count"), NodeFactory.createLiteralDT(Integer.toString(random.nextInt(50)), XSDDatatype.XSDinteger)));
            if (i % 7 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("value"), i % 5 == 0
                        ? NodeFactory.createLiteralString("not a number " + i)
                        : NodeFactory.createLiteralDT(random.nextInt(9) + "." + random.nextInt(9), XSDDatatype.XSDdecimal)));
            if (i % 11 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("label"), i % 2 == 0
                        ? NodeFactory.createLiteralString(Integer.toString(random.nextInt(6)))
                        : NodeFactory.createLiteralLang("name " + random.nextInt(30), "en")));
            if (i % 13 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("mixed"), switch (i % 4) {
                    case 0 -> NodeFactory.createLiteralDT("05", XSDDatatype.XSDint);
                    case 1 -> NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdecimal);
                    case 2 -> NodeFactory.createLiteralDT("1.5e0", XSDDatatype.XSDdouble);
                    default -> NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
                }));
            if (i % 17 == 0)
                reference.getDefaultGraph().add(Triple.create(s, uri("when"), switch (i % 6) {
                    case 0 -> NodeFactory.createLiteralDT("-0044-03-15", XSDDatatype.XSDdate);
                    case 1 -> NodeFactory.createLiteralDT("12021-01-0" + (1 + i % 9), XSDDatatype.XSDdate);
                    case 2 -> NodeFactory.createLiteralDT("2021-05-0" + (1 + i % 9) + "T10:00:00+05:00", XSDDatatype.XSDdateTime);
                    case 3 -> NodeFactory.createLiteralDT("2021-13-45", XSDDatatype.XSDdate);
                    case 4 -> NodeFactory.createLiteralDT("2021", XSDDatatype.XSDgYear);
                    default -> NodeFactory.createLiteralDT("2021-0" + (1 + i % 9) + "-1" + (i % 10) + "Z", XSDDatatype.XSDdate);
                }));
            if (i % 5 == 0)
                reference.getDefaultGraph().add(Triple.create(s, s.equals(uri("e/7")) ? uri("p/0") : uri("self"), s));
        }
        return reference;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static void assertSameRows(Query query, DatasetGraph reference) {
        ServedEngineAgreementTest.assertSameRows(query, reference, SERVED);
        ResultSetRewindable expected;
        try (QueryExec exec = QueryExec.dataset(reference).query(query).build()) {
            expected = ResultSetFactory.makeRewindable(ResultSet.adapt(exec.select()));
        }
        assertTrue(expected.size() > 0 || query.toString().contains("missing") || query.toString().contains("nothere"),
                "a query with no rows tests nothing: " + query);
    }
}
