package org.w3id.kzlabour.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** CODEBOOK.md is exactly what the generator makes from csv-metadata.json, so it cannot drift from the tables. */
class CodebookTest {

    @Test
    void committedCodebookIsGeneratedFromTheMetadata() throws IOException {
        TableCatalog catalog = TableCatalog.read(GraphCounts.tablesFolder());
        String expected = Codebook.markdown(catalog);
        Path fresh = GraphCounts.projectRoot().resolve("target/CODEBOOK.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, expected, StandardCharsets.UTF_8);
        Path committed = GraphCounts.projectRoot().resolve("CODEBOOK.md");
        String actual = Files.isRegularFile(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "CODEBOOK.md is out of date with " + TableCatalog.FOLDER + "/" + TableCatalog.METADATA_FILE
                                       + ": cp target/CODEBOOK.md CODEBOOK.md");
    }

    @Test
    void everyTableAndColumnIsInTheCodebook() throws IOException {
        TableCatalog catalog = TableCatalog.read(GraphCounts.tablesFolder());
        String markdown = Codebook.markdown(catalog);
        for (TableDefinition table : catalog.tables()) {
            assertTrue(markdown.contains("\n## " + table.url() + ": " + table.title() + "\n"), table.url());
            for (ColumnDefinition column : table.columns())
                assertTrue(markdown.contains("| `" + column.name() + "` | "), table.url() + " " + column.name());
        }
        assertTrue(markdown.contains("yes, ` \\| `"), "the separator is shown, escaped for the table");
    }
}
