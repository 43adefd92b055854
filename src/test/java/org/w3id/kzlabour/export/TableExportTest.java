package org.w3id.kzlabour.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The tables made from the shipped graph: one row per resource of each kind, values as the
 * metadata declares them, and the check that keeps a wrong table from being published.
 */
class TableExportTest {

    @TempDir
    static Path dir;
    static TableCatalog catalog;
    static Map<String, Integer> rows;

    @BeforeAll
    static void export() throws IOException {
        catalog = TableCatalog.read(GraphCounts.tablesFolder());
        rows = TableExport.write(ShippedGraph.load(), catalog, dir.resolve("tables"));
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)), TableExport.FORMAT)) {
            return parser.getRecords();
        }
    }

    private static Map<String, String> row(String table, String key) throws IOException {
        List<CSVRecord> records = records(dir.resolve("tables").resolve(table));
        List<String> header = records.get(0).toList();
        for (CSVRecord record : records.subList(1, records.size()))
            if (record.get(0).equals(key)) {
                Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < header.size(); i++)
                    row.put(header.get(i), record.get(i));
                return row;
            }
        throw new AssertionError("no row " + key + " in " + table);
    }

    @Test
    void oneRowPerResourceAsCountedOnTheGraph() {
        assertEquals(GraphCounts.shipped(), rows);
        assertEquals(List.of("events.csv", "claims.csv", "organisations.csv", "persons.csv", "places.csv", "sources.csv"),
                     List.copyOf(rows.keySet()));
    }

    @Test
    void writtenTablesMatchTheMetadataAndTheMetadataIsPublishedBesideThem() throws IOException {
        assertEquals(List.of(), TableCheck.check(catalog, dir.resolve("tables")));
        assertEquals(Files.readString(GraphCounts.tablesFolder().resolve(TableCatalog.METADATA_FILE)),
                     Files.readString(dir.resolve("tables").resolve(TableCatalog.METADATA_FILE)));
    }

    @Test
    void rfc4180WithCrlfAndNoByteOrderMark() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("tables/events.csv"));
        assertEquals('e', bytes[0], "no BOM: the header starts at once");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("event,type,type_label,label_en,"), text.substring(0, 80));
        assertTrue(text.contains("\r\n"));
    }

    @Test
    void anEventRowKeepsDatesAtTheirPrecisionCountsWithQualifiersAndCodingSchemes() throws IOException {
        Map<String, String> shooting = row("events.csv", "https://w3id.org/kz-labour/id/event/zhanaozen-shooting-2011-12-16");
        assertEquals("2011-12-16", shooting.get("date"));
        assertEquals("day", shooting.get("date_precision"));
        assertEquals("14", shooting.get("death_count"));
        assertEquals("exact", shooting.get("death_count_qualifier"));
        assertEquals("Fourteen", shooting.get("death_count_wording"));
        assertEquals("", shooting.get("injured_count"), "'many dozens' is no number: empty, not zero");
        assertEquals("many dozens", shooting.get("injured_count_wording"));
        assertEquals("Protests", shooting.get("acled_event_type"));
        assertEquals("Excessive force against protesters", shooting.get("acled_sub_event_type"));
        assertEquals("175", shooting.get("cameo_code"));
        assertEquals("https://w3id.org/kz-labour/id/place/mangystau-region", shooting.get("region"));
        assertEquals("https://w3id.org/kz-labour/id/place/kazakhstan", shooting.get("country"));

        Map<String, String> blockade = row("events.csv", "https://w3id.org/kz-labour/id/event/zhanaozen-access-blockade-2011-12");
        assertEquals("2011-12", blockade.get("date"), "a month is written as a month, not as its first day");
        assertEquals("month", blockade.get("date_precision"));
        assertEquals("", blockade.get("acled_sub_event_type"), "no ACLED match in the ontology: empty");

        Map<String, String> strike = row("events.csv", "https://w3id.org/kz-labour/id/event/wos-strike-2023");
        assertEquals("2023-12-11", strike.get("start_date"));
        assertEquals("500", strike.get("participant_count"));
        assertEquals("approximate", strike.get("participant_count_qualifier"));
        assertEquals("43.594", strike.get("latitude"));
        assertEquals("https://w3id.org/kz-labour/id/place/zhetybai", strike.get("coordinates_place"));
    }

    @Test
    void listCellsUseTheDocumentedSeparatorWithLabelsInTheSameOrder() throws IOException {
        Map<String, String> imprisonment = row("events.csv", "https://w3id.org/kz-labour/id/event/kushakbaev-eleusinov-imprisonment");
        assertEquals("https://w3id.org/kz-labour/id/person/amin-eleusinov | https://w3id.org/kz-labour/id/person/nurbek-kushakbaev",
                     imprisonment.get("victims"));
        assertEquals("Amin Eleusinov | Nurbek Kushakbaev", imprisonment.get("victim_labels"));
        assertEquals(" | ", catalog.table("events.csv").column("victims").separator());
    }

    @Test
    void claimBoundsFollowFromTheQualifier() throws IOException {
        Map<String, String> atLeast = row("claims.csv", "https://w3id.org/kz-labour/id/claim/wos-dismissal-notices-at-least-18");
        assertEquals("at least", atLeast.get("qualifier"));
        assertEquals("18", atLeast.get("lower_bound"));
        assertEquals("", atLeast.get("upper_bound"));
        Map<String, String> around = row("claims.csv", "https://w3id.org/kz-labour/id/claim/wos-strikers-around-500");
        assertEquals("500", around.get("quantity"));
        assertEquals("", around.get("lower_bound"), "approximate: no stated bound");
        assertEquals("Around 500", around.get("wording"));
        assertEquals("events", around.get("subject_table"));
        assertEquals(around.get("subject"), around.get("subject_event"));
        assertFalse(around.get("quotes").isEmpty());
    }

    @Test
    void everyCountOfAnEventIsStatedByAClaim() throws IOException {
        List<CSVRecord> records = records(dir.resolve("tables/events.csv"));
        List<String> header = records.get(0).toList();
        int counts = 0;
        for (String column : header) {
            if (!column.endsWith("_count"))
                continue;
            int qualifier = header.indexOf(column + "_qualifier");
            for (CSVRecord row : records.subList(1, records.size()))
                if (!row.get(header.indexOf(column)).isEmpty()) {
                    counts++;
                    assertFalse(row.get(qualifier).isEmpty(), row.get(0) + " " + column + ": no claim states this number");
                }
        }
        assertTrue(counts >= 6, "the shipped graph has counts: " + counts);
    }

    /**
     * List columns of IRIs cannot carry CSVW foreign keys (a foreign key on a list is undefined in
     * CSVW), so this checks what their descriptions promise: every item is a row of one of the tables.
     */
    @Test
    void listReferencesAreRowsOfTheTables() throws IOException {
        Map<String, java.util.Set<String>> keys = new java.util.HashMap<>();
        for (TableDefinition table : catalog.tables())
            keys.put(table.name(), records(dir.resolve("tables").resolve(table.url())).stream().skip(1)
                                       .map(r -> r.get(0)).collect(java.util.stream.Collectors.toSet()));
        Map<String, List<String>> references = Map.ofEntries(
                Map.entry("events.sources", List.of("sources")), Map.entry("claims.sources", List.of("sources")),
                Map.entry("organisations.sources", List.of("sources")), Map.entry("persons.sources", List.of("sources")),
                Map.entry("places.sources", List.of("sources")), Map.entry("events.part_of", List.of("events")),
                Map.entry("events.victims", List.of("persons", "organisations")),
                Map.entry("events.perpetrators", List.of("persons", "organisations")),
                Map.entry("events.targets", List.of("persons", "organisations")),
                Map.entry("events.organisers", List.of("persons", "organisations")),
                Map.entry("claims.claimants", List.of("persons", "organisations")),
                Map.entry("organisations.parent_organisations", List.of("organisations")),
                Map.entry("organisations.jurisdiction", List.of("places")),
                Map.entry("persons.employers", List.of("organisations")), Map.entry("persons.relative_of", List.of("persons")),
                Map.entry("sources.quotes_persons", List.of("persons")), Map.entry("sources.image_credit", List.of("organisations")));
        int checked = 0;
        for (var reference : references.entrySet()) {
            String[] at = reference.getKey().split("\\.");
            TableDefinition table = catalog.table(at[0] + ".csv");
            ColumnDefinition column = table.column(at[1]);
            List<CSVRecord> records = records(dir.resolve("tables").resolve(table.url()));
            int index = records.get(0).toList().indexOf(column.name());
            for (CSVRecord row : records.subList(1, records.size())) {
                if (row.get(index).isEmpty())
                    continue;
                for (String item : row.get(index).split(java.util.regex.Pattern.quote(column.separator()))) {
                    checked++;
                    assertTrue(reference.getValue().stream().anyMatch(t -> keys.get(t).contains(item)),
                               reference.getKey() + " " + item + " is in none of " + reference.getValue());
                }
            }
        }
        assertTrue(checked > 300, "references checked: " + checked);
    }

    @Test
    void cyrillicNamesSurvive() throws IOException {
        Map<String, String> zhanaozen = row("places.csv", "https://w3id.org/kz-labour/id/place/zhanaozen");
        assertEquals("Жанаозен", zhanaozen.get("label_ru"));
        assertEquals("Жаңаөзен", zhanaozen.get("label_kk"));
    }

    @Test
    void valuesWithCommasQuotesAndLineBreaksRoundTrip() throws IOException {
        DatasetGraph graph = DatasetGraphFactory.create();
        RDFParser.fromString("""
                @prefix kzl: <https://w3id.org/kz-labour/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                <https://w3id.org/kz-labour/id/event/e1> a kzl:Strike, kzl:Event ;
                    rdfs:label "A \\"quoted\\", comma\\nand a second line"@en, "Забастовка"@ru ;
                    prov:wasDerivedFrom <https://w3id.org/kz-labour/id/source/s1> .
                """, Lang.TURTLE).parse(graph);
        Path out = dir.resolve("tricky");
        Map<String, Integer> counts = TableExport.write(graph, catalog, out);
        assertEquals(1, counts.get("events.csv"));
        assertEquals(0, counts.get("claims.csv"));
        List<CSVRecord> records = records(out.resolve("events.csv"));
        assertEquals("A \"quoted\", comma\nand a second line", records.get(1).get(3));
        assertEquals("Забастовка", records.get(1).get(4));
    }

    @Test
    void aQueryWhoseColumnsDifferFromTheMetadataStopsTheExport() throws IOException {
        Path folder = dir.resolve("wrong-query");
        Files.createDirectories(folder);
        Path source = GraphCounts.tablesFolder();
        try (var files = Files.list(source)) {
            for (Path file : files.toList())
                Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("sources.rq"), "SELECT ?title ?source WHERE { ?source <http://purl.org/dc/terms/title> ?title }");
        TableMismatchException failure = assertThrows(TableMismatchException.class,
                () -> TableExport.write(ShippedGraph.load(), TableCatalog.read(folder), dir.resolve("wrong-out")));
        assertTrue(failure.getMessage().contains("sources.rq selects [title, source]"), failure.getMessage());
    }

    @Test
    void portableColumnNames() {
        for (TableDefinition table : catalog.tables())
            for (ColumnDefinition column : table.columns())
                assertTrue(column.name().matches("[a-z][a-z0-9_]{0,31}"), table.url() + " " + column.name());
    }
}
