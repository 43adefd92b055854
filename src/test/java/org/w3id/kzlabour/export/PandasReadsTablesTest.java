package org.w3id.kzlabour.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.publish.DumpServlet;

/**
 * The published tables (the build's {@code /dumps/} folder) opened by a reader other than ours:
 * Debian's pandas ({@code apt-get install python3-pandas}), through {@code /usr/bin/python3} as a
 * user would, never a project or pyenv Python. Skipped when pandas is missing, except under CI=true,
 * where that is a failure.
 */
class PandasReadsTablesTest {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    static JsonObject report;
    static TableCatalog catalog;

    @BeforeAll
    static void readWithPandas() throws Exception {
        requirePandas();
        Path dumps = resource(DumpServlet.RESOURCE_FOLDER + "/" + TableCatalog.METADATA_FILE).getParent();
        catalog = TableCatalog.read(dumps);
        Path script = resource("tables/read_tables.py");
        Run run = python(script.toString(), dumps.toString());
        assertEquals(0, run.exit(), "read_tables.py failed: " + run.stderr());
        report = JSON.parse(run.stdout());
    }

    private static void requirePandas() throws Exception {
        boolean present = Files.isExecutable(PYTHON) && python("-c", "import pandas").exit() == 0;
        if (present)
            return;
        if ("true".equals(System.getenv("CI")))
            fail("pandas is required in CI: apt-get install -y python3-pandas");
        Assumptions.assumeTrue(false, "Debian's python3-pandas is not installed (apt-get install -y python3-pandas); skipped");
    }

    record Run(int exit, String stdout, String stderr) {}

    private static Run python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-I"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("PYTHON"));
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Path err = Files.createTempFile("pandas-", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("python3 did not finish in 120 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(err);
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), stderr);
    }

    private static Path resource(String name) {
        try {
            var url = PandasReadsTablesTest.class.getClassLoader().getResource(name);
            if (url == null)
                fail("not on the class path: " + name + " (run mvn process-classes first)");
            return Path.of(url.toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void rowCountsAreTheSparqlCountsOnTheGraph() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        JsonObject read = report.get("rows").getAsObject();
        for (String table : read.keys())
            rows.put(table, read.get(table).getAsNumber().value().intValue());
        assertEquals(GraphCounts.shipped(), rows);
    }

    @Test
    void pandasSeesTheColumnsOfTheMetadata() {
        JsonObject columns = report.get("columns").getAsObject();
        for (TableDefinition table : catalog.tables()) {
            List<String> read = columns.get(table.url()).getAsArray().stream().map(v -> v.getAsString().value()).toList();
            assertEquals(table.columnNames(), read, table.url());
        }
    }

    @Test
    void cyrillicSurvives() {
        assertEquals("Жанаозен", report.get("zhanaozen_ru").getAsString().value());
        assertEquals("Жаңаөзен", report.get("zhanaozen_kk").getAsString().value());
    }

    @Test
    void listCellsSplitOnTheDocumentedSeparator() {
        JsonArray victims = report.get("lists").getAsObject().get("events.csv").getAsObject().get("victims").getAsArray();
        List<List<String>> cells = victims.stream().map(c -> c.getAsArray().stream().map(v -> v.getAsString().value()).toList()).toList();
        assertTrue(cells.contains(List.of("https://w3id.org/kz-labour/id/person/amin-eleusinov",
                                          "https://w3id.org/kz-labour/id/person/nurbek-kushakbaev")), cells.toString());
        for (TableDefinition table : catalog.tables()) {
            JsonObject lists = report.get("lists").getAsObject().get(table.url()).getAsObject();
            for (ColumnDefinition column : table.columns()) {
                if (!column.isList())
                    continue;
                for (JsonValue cell : lists.get(column.name()).getAsArray())
                    for (JsonValue item : cell.getAsArray()) {
                        String value = item.getAsString().value();
                        assertTrue(!value.isEmpty() && value.equals(value.strip()), table.url() + " " + column.name() + ": '" + value + "'");
                        assertTrue(column.type().accepts(value), table.url() + " " + column.name() + ": " + value);
                    }
            }
        }
    }

    @Test
    void labelListsHaveOneNamePerIri() {
        JsonArray pairs = report.get("pairs").getAsArray();
        assertEquals(12, pairs.size());
        for (JsonValue pair : pairs)
            assertEquals(0, pair.getAsArray().get(3).getAsArray().size(), pair.toString());
    }
}
