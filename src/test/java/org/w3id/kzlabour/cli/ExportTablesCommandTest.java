package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.export.GraphCounts;

/** {@code export --format csv --out DIR}: the tables as a user writes them from the command line. */
class ExportTablesCommandTest {

    private static final String DATA = """
            @prefix kzl:  <https://w3id.org/kz-labour/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix id:   <https://w3id.org/kz-labour/id/> .
            id:event\\/e1 a kzl:Detention, kzl:Event ;
                rdfs:label "Detentions"@en, "Задержания"@ru ;
                kzl:date "2011-12-01"^^xsd:date ; kzl:datePrecision time:unitMonth ;
                kzl:victim id:person\\/b, id:person\\/a ;
                prov:wasDerivedFrom id:source\\/s1 .
            id:person\\/a a kzl:Person ; rdfs:label "A"@en ; prov:wasDerivedFrom id:source\\/s1 .
            id:person\\/b a kzl:Person ; rdfs:label "B"@en ; prov:wasDerivedFrom id:source\\/s1 .
            """;

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) { return console.run(args); }

    private String stderr() { return console.stderr(); }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void writesOneFilePerTableAndTheMetadata() throws Exception {
        Path data = Files.writeString(dir.resolve("d.ttl"), DATA);
        Path tables = dir.resolve("tables");
        assertEquals(0, run("export", "--format", "csv", "--out", tables.toString(), "--data", data.toString()), stderr());
        for (String file : List.of("events.csv", "claims.csv", "organisations.csv", "persons.csv", "places.csv", "sources.csv", "csv-metadata.json"))
            assertTrue(Files.isRegularFile(tables.resolve(file)), file);
        assertTrue(stderr().contains(tables.resolve("events.csv") + ": 1 rows"), stderr());
        assertEquals("", console.stdout(), "nothing on standard output: the tables are in files");

        List<CSVRecord> events = records(tables.resolve("events.csv"));
        assertEquals(2, events.size());
        List<String> header = events.get(0).toList();
        CSVRecord row = events.get(1);
        assertEquals("Задержания", row.get(header.indexOf("label_ru")));
        assertEquals("2011-12", row.get(header.indexOf("date")));
        assertEquals("month", row.get(header.indexOf("date_precision")));
        assertEquals("https://w3id.org/kz-labour/id/person/a | https://w3id.org/kz-labour/id/person/b", row.get(header.indexOf("victims")));
        assertEquals("A | B", row.get(header.indexOf("victim_labels")));
        assertEquals("", row.get(header.indexOf("death_count")), "not stated: empty, never 0");
        assertEquals(3, records(tables.resolve("persons.csv")).size());
        assertEquals(1, records(tables.resolve("claims.csv")).size(), "header only");
    }

    @Test
    void theShippedGraphGivesOneRowPerResource() throws Exception {
        Path tables = dir.resolve("shipped");
        assertEquals(0, run("export", "--format", "CSV", "--out", tables.toString()), stderr());
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : GraphCounts.shipped().keySet())
            rows.put(table, records(tables.resolve(table)).size() - 1);
        assertEquals(GraphCounts.shipped(), rows);
    }

    @Test
    void rerunningATableQueryGivesTheSameFile() throws Exception {
        Path tables = dir.resolve("shipped");
        assertEquals(0, run("export", "--format", "csv", "--out", tables.toString()), stderr());
        for (String table : List.of("events", "claims", "sources")) {
            Path query = GraphCounts.tablesFolder().resolve(table + ".rq");
            assertEquals(0, run("query", "@" + query, "--format", "csv"), stderr());
            assertEquals(Files.readString(tables.resolve(table + ".csv"), StandardCharsets.UTF_8), console.stdout(), table);
        }
    }

    @Test
    void fromATdb2Store() throws Exception {
        Path data = Files.writeString(dir.resolve("d.ttl"), DATA);
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "--tdb2", db.toString(), data.toString()));
        Path tables = dir.resolve("from-tdb2");
        assertEquals(0, run("export", "--format", "csv", "--out", tables.toString(), "--tdb2", db.toString()), stderr());
        assertEquals(2, records(tables.resolve("events.csv")).size());
    }

    @Test
    void csvNeedsAFolder() throws Exception {
        assertEquals(2, run("export", "--format", "csv"));
        assertEquals("kz-labour-kg export: --format csv needs --out DIR (one file per table)", stderr().lines().findFirst().orElse(""));
        Path file = Files.writeString(dir.resolve("a-file.csv"), "x");
        assertEquals(2, run("export", "--format", "csv", "--out", file.toString()));
        assertTrue(stderr().startsWith("kz-labour-kg export: --out must be a folder for --format csv"), stderr());
        assertEquals("x", Files.readString(file), "the file is left as it was");
    }

    @Test
    void aBlankNodeFailsTheCheckInOneLine() throws Exception {
        Path data = Files.writeString(dir.resolve("b.ttl"), DATA + "id:event\\/e1 kzl:perpetrator [ rdfs:label \"someone\"@en ] .\n");
        assertEquals(1, run("export", "--format", "csv", "--out", dir.resolve("t").toString(), "--data", data.toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("perpetrators '_:") && stderr().contains("is not anyURI"), stderr());
    }

    @Test
    void helpNamesTheTables() {
        assertEquals(0, run("export", "--help"));
        String help = console.stdout();
        assertTrue(help.contains("export --format csv --out DIR"), help);
        assertTrue(help.contains("events.csv"), help);
        assertEquals(2, run("export"));
        assertTrue(stderr().contains("csv"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }
}
