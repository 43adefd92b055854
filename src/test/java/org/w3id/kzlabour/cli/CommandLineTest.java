package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kzlabour.publish.Release;

/** The CLI as a user meets it: help, one-line usage errors, validate, query, export, load. */
class CommandLineTest {

    private static final String DATA = """
            @prefix ex: <https://w3id.org/kz-labour/id/test/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:a rdfs:label "A"@en ; ex:next ex:b .
            ex:b rdfs:label "B"@en .
            """;

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) { return console.run(args); }

    private String stdout() { return console.stdout(); }
    private String stderr() { return console.stderr(); }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "load", "validate", "query", "export"})
    void everySubcommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(stdout().startsWith("usage: kz-labour-kg " + command), stdout());
    }

    @Test
    void unknownFlagIsOneLineErrorASuggestionAndUsage() {
        assertEquals(2, run("serve", "--prot", "3030"));
        String[] lines = stderr().split("\n");
        assertEquals("kz-labour-kg serve: unknown option --prot", lines[0]);
        assertEquals("Did you mean --port?", lines[1]);
        assertTrue(lines[2].startsWith("usage: kz-labour-kg serve"), stderr());
        assertEquals("", stdout(), "diagnostics go to standard error only");
    }

    @ParameterizedTest
    @CsvSource({"query, --fromat, --format", "export, --otu, --out", "load, --tbd2, --tdb2", "serve, --no-result-cahce, --no-result-cache",
                "serve, --timout=5, --timeout"})
    void mistypedOptionsGetASuggestion(String command, String typed, String meant) {
        assertEquals(2, run(command, typed, "x"));
        assertEquals("Did you mean " + meant + "?", stderr().lines().skip(1).findFirst().orElse(""), stderr());
    }

    @Test
    void mistypedCommandGetsASuggestionAndAStrangeOneNone() {
        assertEquals(2, run("serv"));
        List<String> lines = stderr().lines().toList();
        assertEquals("kz-labour-kg: unknown command 'serv'", lines.get(0));
        assertEquals("Did you mean serve?", lines.get(1));
        assertTrue(lines.get(2).startsWith("usage: kz-labour-kg"), stderr());
        assertEquals(2, run("frobnicate"));
        assertEquals("kz-labour-kg: unknown command 'frobnicate'", stderr().lines().findFirst().orElse(""));
        assertFalse(stderr().contains("Did you mean"), stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "serve", "load", "validate", "query", "export"})
    void everyCommandHasVersionFromTheReleaseFile(String command) {
        Release release = Release.current();
        String[] args = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        assertEquals(0, run(args));
        assertEquals("kz-labour-kg " + release.version() + " (released " + release.date() + ", " + release.iri() + ")\n", stdout());
        assertEquals("", stderr());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : List.of("serve", "load", "validate", "query", "export", "help"))
            assertTrue(stdout().contains("\n  " + command + " "), stdout());
        assertEquals(0, run("help", "serve"));
        assertTrue(stdout().startsWith("usage: kz-labour-kg serve"), stdout());
        assertTrue(stdout().contains("--service-timeout=SECONDS"), stdout());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run());
        assertEquals("kz-labour-kg: name a COMMAND", stderr().lines().findFirst().orElse(""));
        assertTrue(stderr().contains("Commands:"), stderr());
    }

    /** Checks the old hand-written parser made: each is still a usage error (exit 2) in one line, before anything is loaded or bound. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "serve --port 65536                         | --port must be between 0 and 65535: 65536",
        "serve --port -1                            | --port must be between 0 and 65535: -1",
        "serve --max-body 10                        | --max-body must be between 1024 and 2147483647: 10",
        "serve --result-cache-mb -1                 | --result-cache-mb must be between 0 and 1048576: -1",
        "serve --timeout 0                          | Invalid value for option '--timeout': '0' is not a positive number of seconds",
        "serve --timeout soon                       | Invalid value for option '--timeout': 'soon' is not a number of seconds",
        "serve --base ftp://example.org/            | Invalid value for option '--base': base must be an http(s) URL: ftp://example.org/",
        "serve --port 1 --port 2                    | option '--port' (N) should be specified only once",
        "serve --no-query-cache=yes                 | Invalid value for option '--no-query-cache': 'yes' is not a boolean",
        "serve --allow-service http://127.0.0.1:9/sparql --service-max-rows 0 | --service-max-rows must be between 1 and 10000000: 0",
        "query                                      | give one QUERY or @FILE.rq",
        "query ASK{} ASK{}                          | give exactly one QUERY (quote it)",
        "query ASK{} --format csv --data a.ttl --tdb2 db | give either --data or --tdb2, not both",
        "query ASK{} --format turtle                | --format turtle does not fit a SELECT/ASK query",
        "load --tdb2 db                             | Missing required parameter: 'FILE'",
        "load --tdb2 db --loader fastest a.ttl      | Invalid value for option '--loader': expected one of [PHASED, PARALLEL, BASIC] (case-insensitive) but was 'fastest'",
        "export --format ntriples --tdb2 db --data a.ttl | give either --data or --tdb2, not both",
        "validate no-such-file.ttl                  | no such file or folder: no-such-file.ttl",
    })
    void badCommandLinesExitWithTwoAndOneLine(String commandLine, String message) {
        String[] args = commandLine.strip().split(" +");
        assertEquals(2, run(args), stderr());
        List<String> lines = stderr().lines().toList();
        assertEquals("kz-labour-kg " + args[0] + ": " + message, lines.get(0));
        assertTrue(lines.get(1).startsWith("usage: kz-labour-kg " + args[0]), stderr());
        assertFalse(stderr().contains("Exception") || stderr().contains("\tat "), stderr());
        assertFalse(Files.exists(Path.of("db")), "a usage error creates nothing");
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignToo() throws Exception {
        Path data = Files.writeString(dir.resolve("d.ttl"), DATA);
        assertEquals(0, run("query", "ASK { ?s ?p ?o }", "--format=csv", "--timeout=0.5", "--data=" + data));
        assertEquals("_askResult\r\ntrue\r\n", stdout());
    }

    @Test
    void badValuesAreOneLineErrors() {
        assertEquals(2, run("serve", "--port", "http"));
        assertTrue(stderr().startsWith("kz-labour-kg serve: Invalid value for option '--port': 'http' is not a whole number\n"), stderr());
        assertEquals(2, run("serve", "--port", "70000"));
        assertEquals(2, run("serve", "--timeout", "-1"));
        assertEquals(2, run("export", "--format", "png"));
        assertTrue(stderr().startsWith("kz-labour-kg export: unknown format 'png'"), stderr());
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void missingDataFileIsOneLineFailure() {
        assertEquals(1, run("query", "ASK {}", "--data", dir.resolve("missing.ttl").toString()));
        assertTrue(stderr().startsWith("kz-labour-kg query: Cannot read data file"), stderr());
        assertEquals(1, stderr().strip().lines().count());
    }

    @Test
    void validateReportsEveryProblemWithFileLineColumn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.ttl"), DATA);
        assertEquals(0, run("validate", good.toString()));
        Path bad = Files.writeString(dir.resolve("bad.ttl"), """
                @prefix ex: <https://w3id.org/kz-labour/id/test/> .
                ex:a ex:p "one" .
                ex:b ex:p "two"
                ex:c ex:p "three" .
                ex:d ex:p "four" .
                ex:e undeclared:p "five" .
                ex:f ex:p "6"^^<http://www.w3.org/2001/XMLSchema#integer> .
                """);
        Path alsoBad = Files.writeString(dir.resolve("worse.nt"), "<a> <b> .\n");
        assertEquals(1, run("validate", bad.toString(), alsoBad.toString()));
        String report = stdout();
        assertTrue(report.contains(bad + ":4:"), report);
        assertTrue(report.contains(bad + ":6:"), report);
        assertTrue(report.contains(alsoBad + ":1:"), report);
        assertTrue(report.lines().allMatch(l -> l.matches(".+:\\d+:\\d+: .+")), report);
    }

    @Test
    void validateOnTheProjectChecksShapesAndQualityQueries() throws Exception {
        Path project = Path.of(System.getProperty("kg.projectDir", ".")).toAbsolutePath();
        String saved = System.getProperty("user.dir");
        // The default folders are relative to the working directory; run a copy of the project with broken data.
        Path copy = dir.resolve("project");
        for (String folder : new String[] {"ontology", "queries/qc"}) {
            Files.createDirectories(copy.resolve(folder));
            try (var files = Files.list(project.resolve(folder))) {
                for (Path f : files.toList())
                    Files.copy(f, copy.resolve(folder).resolve(f.getFileName()));
            }
        }
        Files.createDirectories(copy.resolve("data"));
        Files.writeString(copy.resolve("data/bad.ttl"), """
                @prefix kzl: <https://w3id.org/kz-labour/ontology#> .
                <https://w3id.org/kz-labour/id/org/nameless> a kzl:TradeUnion .
                """);
        Process process = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "validate").directory(copy.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("ontology/shapes.ttl: ") && output.contains("org/nameless"), output);
        assertEquals(saved, System.getProperty("user.dir"));
    }

    @Test
    void validateSurvivesTokenizerCrash() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.ttl"), ":%\n");
        assertEquals(1, run("validate", odd.toString()));
        assertTrue(stdout().startsWith(odd + ":"), stdout());
    }

    @Test
    void queryPrintsTableAndCsv() throws Exception {
        Path data = Files.writeString(dir.resolve("d.ttl"), DATA);
        String query = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
        assertEquals(0, run("query", query, "--data", data.toString()));
        assertTrue(stdout().contains("| \"A\"@en |"), stdout());
        assertEquals(0, run("query", query, "--format", "csv", "--data", data.toString()));
        assertEquals("label\r\nA\r\nB\r\n", stdout());
        Path file = Files.writeString(dir.resolve("q.rq"), "ASK { ?s ?p ?o }");
        assertEquals(0, run("query", "@" + file, "--format", "json", "--data", data.toString()));
        assertTrue(org.apache.jena.riot.ResultSetMgr.readBoolean(
                new java.io.ByteArrayInputStream(console.stdoutBytes()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON), stdout());
        assertEquals(1, run("query", "SELECT WHERE", "--data", data.toString()));
        assertTrue(stderr().contains("Parse error"), stderr());
    }

    @Test
    void queryCanSearchWithTextQuery() {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"Жанаозен\" ; a <https://w3id.org/kz-labour/ontology#City> }";
        assertEquals(0, run("query", query, "--format", "csv"));
        assertEquals("s\r\nhttps://w3id.org/kz-labour/id/place/zhanaozen\r\n", stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nquads", "turtle", "ntriples", "jsonld", "rdfxml"})
    void exportRoundTrips(String format) throws Exception {
        Path data = Files.writeString(dir.resolve("d.ttl"), DATA);
        String extension = switch (format) {
            case "nquads" -> "nq"; case "turtle" -> "ttl"; case "ntriples" -> "nt"; case "rdfxml" -> "rdf"; default -> format;
        };
        Path dump = dir.resolve("out/dump." + extension);
        assertEquals(0, run("export", "--format", format, "--out", dump.toString(), "--data", data.toString()));
        Graph expected = RDFDataMgr.loadGraph(data.toString());
        DatasetGraph actual = RDFDataMgr.loadDatasetGraph(dump.toString());
        assertTrue(expected.isIsomorphicWith(actual.getDefaultGraph()), format);
    }

    @Test
    void loadThenQueryTdb2() throws Exception {
        Path data = Files.writeString(dir.resolve("d.ttl"), DATA);
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "--tdb2", db.toString(), data.toString()));
        assertTrue(stdout().startsWith("Loaded 3 triples"), stdout());
        assertTrue(stderr().contains("load: done 3 triples"), stderr());
        assertEquals(0, run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", "--tdb2", db.toString()));
        assertEquals("n\r\n3\r\n", stdout());
        assertEquals(1, run("query", "ASK {}", "--tdb2", dir.resolve("nothing-here").toString()));
        assertTrue(stderr().contains("No TDB2 database at"), stderr());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "a typo must not create an empty store");
    }
}
