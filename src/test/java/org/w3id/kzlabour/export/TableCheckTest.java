package org.w3id.kzlabour.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.store.ShippedGraph;

/** The build-time check finds each kind of mismatch between a table and its metadata. */
class TableCheckTest {

    @TempDir
    static Path exported;
    static TableCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void export() throws IOException {
        catalog = TableCatalog.read(GraphCounts.tablesFolder());
        TableExport.write(ShippedGraph.load(), catalog, exported);
    }

    @BeforeEach
    void copy() throws IOException {
        try (var files = Files.list(exported)) {
            for (Path file : files.toList())
                Files.copy(file, dir.resolve(file.getFileName()));
        }
    }

    private void edit(String table, String from, String to) throws IOException {
        Path file = dir.resolve(table);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    private List<String> problems() throws IOException {
        return TableCheck.check(catalog, dir);
    }

    private void assertProblem(String expected) throws IOException {
        List<String> problems = problems();
        assertFalse(problems.isEmpty(), "expected: " + expected);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), problems.toString());
    }

    @Test
    void theExportedTablesPass() throws IOException {
        assertEquals(List.of(), problems());
    }

    @Test
    void columnsInAnotherOrder() throws IOException {
        edit("sources.csv", "source,title,label_en", "title,source,label_en");
        assertProblem("sources.csv: header [title, source, label_en");
    }

    @Test
    void aValueThatIsNotOfTheDeclaredType() throws IOException {
        edit("events.csv", ",14,exact,", ",fourteen,exact,");
        assertProblem("death_count 'fourteen' is not integer");
    }

    @Test
    void aDateOfAnotherShape() throws IOException {
        edit("events.csv", ",2011-12-16,day,", ",16.12.2011,day,");
        assertProblem("'16.12.2011' is not string matching");
    }

    @Test
    void aRelativeIriIsNoIri() throws IOException {
        edit("sources.csv", "https://w3id.org/kz-labour/id/org/the-diplomat", "org/the-diplomat");
        assertProblem("publisher 'org/the-diplomat' is not anyURI");
    }

    @Test
    void aDuplicatePrimaryKey() throws IOException {
        String text = Files.readString(dir.resolve("sources.csv"));
        String firstRow = text.split("\r\n")[1];
        Files.writeString(dir.resolve("sources.csv"), text + firstRow + "\r\n");
        assertProblem("primary key source 'https://w3id.org/kz-labour/id/source/");
    }

    @Test
    void aForeignKeyThatResolvesToNothing() throws IOException {
        edit("events.csv", "https://w3id.org/kz-labour/id/place/zhanaozen-central-square,",
             "https://w3id.org/kz-labour/id/place/nowhere,");
        assertProblem("place 'https://w3id.org/kz-labour/id/place/nowhere' is not a place of places.csv");
    }

    @Test
    void anEmptyRequiredCell() throws IOException {
        edit("sources.csv", ",The Diplomat,2021-12,", ",,2021-12,");
        assertProblem("publisher_label is required but empty");
    }

    @Test
    void aRaggedRow() throws IOException {
        edit("sources.csv", ",en,", ",en,,");
        assertProblem("14 cells, the header has 13");
    }

    @Test
    void aPaddedListItem() throws IOException {
        edit("events.csv", "Amin Eleusinov | Nurbek", "Amin Eleusinov |  | Nurbek");
        assertProblem("victim_labels has an empty or padded list item");
    }

    @Test
    void aMissingTableAByteOrderMarkAndInvalidUtf8() throws IOException {
        Files.delete(dir.resolve("persons.csv"));
        Files.write(dir.resolve("places.csv"), ("\uFEFF" + Files.readString(exported.resolve("places.csv"))).getBytes(StandardCharsets.UTF_8));
        byte[] sources = Files.readAllBytes(dir.resolve("sources.csv"));
        sources[sources.length - 3] = (byte) 0xC3;
        Files.write(dir.resolve("sources.csv"), sources);
        List<String> problems = problems();
        assertTrue(problems.contains("persons.csv: missing"), problems.toString());
        assertTrue(problems.contains("places.csv: starts with a byte-order mark"), problems.toString());
        assertTrue(problems.contains("sources.csv: not valid UTF-8"), problems.toString());
    }

    @Test
    void columnTypes() {
        ColumnType iri = new ColumnType("anyURI", null);
        assertTrue(iri.accepts("https://w3id.org/kz-labour/ontology#Strike"));
        assertFalse(iri.accepts("kzl:Strike x"));
        assertFalse(iri.accepts("relative/path"));
        ColumnType date = new ColumnType("string", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
        assertTrue(date.accepts("2011") && date.accepts("2011-12") && date.accepts("2011-12-16"));
        assertFalse(date.accepts("2011-1"));
        assertTrue(new ColumnType("decimal", null).accepts("18960.50"));
        assertFalse(new ColumnType("integer", null).accepts("18960.50"));
        assertTrue(new ColumnType("duration", null).accepts("P7M"));
        assertFalse(new ColumnType("duration", null).accepts("7 months"));
        assertThrows(IllegalArgumentException.class, () -> new ColumnType("date-ish", null));
        assertThrows(IllegalArgumentException.class, () -> new ColumnType("integer", "^[0-9]+$"));
    }
}
