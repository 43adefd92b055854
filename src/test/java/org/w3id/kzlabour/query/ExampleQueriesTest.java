package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example query of queries/examples/ against the knowledge graph (all *.ttl of ontology/,
 * when present, and of data/, loaded into one in-memory dataset, no network) and compares the answer
 * with the expected result stored next to the query (NAME.srj, SPARQL 1.1 JSON results, or NAME.tsv).
 *
 * <ul>
 *   <li>SELECT: same variables (same order); for a query with ORDER BY the same rows in the same order,
 *       otherwise the same multiset of rows. RDF terms are compared as terms (lexical form, datatype,
 *       language tag); blank nodes are matched by isomorphism (Jena's ResultSetCompare).</li>
 *   <li>ASK: same boolean.</li>
 *   <li>A query without an expected file fails.</li>
 * </ul>
 * The project folder comes from the system property {@code kg.projectDir} (set by surefire to the
 * Maven basedir), falling back to the working directory.
 */
class ExampleQueriesTest {

    private static final String KZL = "https://w3id.org/kz-labour/ontology#";
    private static final int MIN_QUERIES = 25;

    private static Path projectDir;
    private static Dataset dataset;

    @BeforeAll
    static void loadGraph() throws IOException {
        projectDir = Paths.get(System.getProperty("kg.projectDir", System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        dataset = DatasetFactory.create();
        Model model = dataset.getDefaultModel();
        Path data = projectDir.resolve("data");
        assertTrue(Files.isDirectory(data), "No data/ folder under " + projectDir);
        List<Path> files = new ArrayList<>();
        Path ontology = projectDir.resolve("ontology");
        if (Files.isDirectory(ontology)) {
            files.addAll(turtleFiles(ontology));
        }
        List<Path> dataFiles = turtleFiles(data);
        assertFalse(dataFiles.isEmpty(), "No *.ttl files in " + data);
        files.addAll(dataFiles);
        for (Path f : files) {
            RDFDataMgr.read(model, f.toUri().toString(), Lang.TURTLE);
        }
    }

    private static List<Path> turtleFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".ttl"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<Path> queryFiles() throws IOException {
        Path examples = projectDir.resolve("queries").resolve("examples");
        assertTrue(Files.isDirectory(examples), "No queries/examples/ folder under " + projectDir);
        try (Stream<Path> s = Files.list(examples)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void thereAreEnoughExampleQueries() throws IOException {
        List<Path> queries = queryFiles();
        assertTrue(queries.size() >= MIN_QUERIES,
                "Expected at least " + MIN_QUERIES + " example queries, found " + queries.size());
        for (Path q : queries) {
            String text = Files.readString(q, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# Title: "), q.getFileName() + " must start with a '# Title: ' header line");
        }
    }

    @TestFactory
    Stream<DynamicTest> exampleQueriesReturnTheirExpectedResults() throws IOException {
        List<Path> queries = queryFiles();
        assertFalse(queries.isEmpty(), "No example queries found");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path queryFile) throws IOException {
        String name = queryFile.getFileName().toString().replaceFirst("\\.rq$", "");
        Path srj = queryFile.resolveSibling(name + ".srj");
        Path tsv = queryFile.resolveSibling(name + ".tsv");
        Path expectedFile;
        Lang lang;
        if (Files.exists(srj)) {
            expectedFile = srj;
            lang = ResultSetLang.RS_JSON;
        } else if (Files.exists(tsv)) {
            expectedFile = tsv;
            lang = ResultSetLang.RS_TSV;
        } else {
            fail("No expected result (" + name + ".srj or " + name + ".tsv) for " + queryFile.getFileName());
            return;
        }

        Query query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        // Read the whole file first: the JSON/TSV result readers stream lazily from their input.
        InputStream in = new ByteArrayInputStream(Files.readAllBytes(expectedFile));
        SPARQLResult expected = ResultsReader.create().forceLang(lang).build().readAny(in);

        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            if (query.isAskType()) {
                assertTrue(expected.isBoolean(), expectedFile.getFileName() + " is not a boolean result");
                assertEquals(expected.getBooleanResult(), qe.execAsk(), name + ": ASK answer differs");
                return;
            }
            assertTrue(query.isSelectType(), name + ": only SELECT and ASK queries are compared");
            assertTrue(expected.isResultSet(), expectedFile.getFileName() + " is not a SELECT result");
            ResultSetRewindable actualRs = ResultSetFactory.makeRewindable(qe.execSelect());
            ResultSetRewindable expectedRs = ResultSetFactory.makeRewindable(expected.getResultSet());

            assertEquals(expectedRs.getResultVars(), actualRs.getResultVars(), name + ": result variables differ");
            assertEquals(expectedRs.size(), actualRs.size(),
                    name + ": number of rows differs\n" + describe(expectedRs, actualRs));
            expectedRs.reset();
            actualRs.reset();
            boolean same = query.hasOrderBy()
                    ? ResultSetCompare.equalsByTermAndOrder(expectedRs, actualRs)
                    : ResultSetCompare.equalsByTerm(expectedRs, actualRs);
            if (!same) {
                fail(name + ": rows differ" + (query.hasOrderBy() ? " (ORDER BY: order matters)" : "")
                        + "\n" + describe(expectedRs, actualRs));
            }
        }
    }

    private static String describe(ResultSetRewindable expected, ResultSetRewindable actual) {
        expected.reset();
        actual.reset();
        String e = ResultSetFormatter.asText(expected);
        String a = ResultSetFormatter.asText(actual);
        expected.reset();
        actual.reset();
        return "expected:\n" + e + "\nactual:\n" + a;
    }

    /**
     * Every kzl:quote (and kzl:statementText) must be a verbatim passage of the local copy of the source it
     * cites (kzl:statedIn / kzl:localCopy). The copies live in ../shared/sources/ next to the project; when they
     * are not there the check has nothing to compare with and says so.
     */
    @Test
    void quotesAreVerbatimPassagesOfTheirSources() throws IOException {
        Path sources = projectDir.resolve("..").resolve("shared").resolve("sources").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sources),
                "Source copies not found at " + sources);
        String q = "PREFIX kzl: <" + KZL + ">\n"
                + "SELECT ?subject ?text ?file WHERE {\n"
                + "  { ?subject kzl:quote ?text } UNION { ?subject kzl:statementText ?text }\n"
                + "  ?subject kzl:statedIn ?source . ?source kzl:localCopy ?file }";
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (QueryExecution qe = QueryExecution.create(q, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                RDFNode subject = row.get("subject");
                String text = row.getLiteral("text").getLexicalForm();
                Path file = sources.resolve(row.getLiteral("file").getLexicalForm());
                if (!Files.exists(file)) {
                    problems.add(subject + ": source copy missing: " + file);
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                checked++;
                if (!source.contains(text)) {
                    problems.add(subject + ": not verbatim in " + file.getFileName() + ": " + text);
                }
            }
        }
        assertTrue(checked > 0, "No quotes found to check");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
