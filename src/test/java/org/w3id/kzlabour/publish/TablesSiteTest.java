package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.export.ColumnDefinition;
import org.w3id.kzlabour.export.GraphCounts;
import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.export.TableCheck;
import org.w3id.kzlabour.export.TableDefinition;

/**
 * The analyst tables on a real server (port 0): {@code /dumps/*.csv} and {@code /dumps/csv-metadata.json}
 * as a user downloads them, checked against the downloaded metadata and against the graph, and the
 * {@code /codebook} page made from the same metadata.
 */
class TablesSiteTest {

    static SiteFixture site;
    static TableCatalog shipped;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.standard();
        shipped = TableCatalog.shipped();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.root + path)).timeout(Duration.ofSeconds(30)).GET().build();
        return site.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void downloadedTablesMatchTheDownloadedMetadataAndTheGraph(@TempDir Path dir) throws Exception {
        HttpResponse<byte[]> metadata = download("/dumps/csv-metadata.json");
        assertEquals(200, metadata.statusCode());
        assertEquals("application/csvm+json; charset=utf-8", metadata.headers().firstValue("Content-Type").orElse(""));
        JSON.parse(new String(metadata.body(), StandardCharsets.UTF_8));
        Files.write(dir.resolve(TableCatalog.METADATA_FILE), metadata.body());
        TableCatalog downloaded = TableCatalog.read(dir);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (TableDefinition table : downloaded.tables()) {
            HttpResponse<byte[]> csv = download("/dumps/" + table.url());
            assertEquals(200, csv.statusCode(), table.url());
            assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
            assertEquals("<csv-metadata.json>; rel=\"describedby\"; type=\"application/csvm+json\"",
                         csv.headers().firstValue("Link").orElse(""), "CSVW locating metadata (section 5.2)");
            assertEquals("*", csv.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals(String.valueOf(csv.body().length), csv.headers().firstValue("Content-Length").orElse(""));
            Files.write(dir.resolve(table.url()), csv.body());
            try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)), CSVFormat.RFC4180)) {
                rows.put(table.url(), parser.getRecords().size() - 1);
            }
        }
        assertEquals(List.of(), TableCheck.check(downloaded, dir));
        assertEquals(GraphCounts.shipped(), rows);
        assertTrue(Files.readString(dir.resolve("places.csv"), StandardCharsets.UTF_8).contains(",Жанаозен,Жаңаөзен,"));
    }

    @Test
    void headAndUnknownTables() throws Exception {
        HttpRequest head = HttpRequest.newBuilder(URI.create(site.root + "/dumps/events.csv"))
                                      .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> response = site.client.send(head, HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
        assertTrue(Long.parseLong(response.headers().firstValue("Content-Length").orElse("0")) > 1000);
        HttpResponse<String> missing = site.get("/dumps/victims.csv");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("events.csv") && missing.body().contains("csv-metadata.json"), missing.body());
        assertFalse(missing.body().contains("Exception"), missing.body());
    }

    @Test
    void codebookPageShowsEveryTableAndColumnOfTheMetadata() throws Exception {
        HttpResponse<String> page = site.get("/codebook");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<h1>Codebook: " + textOf(shipped.title()) + "</h1>"), "in the site's layout");
        assertTrue(html.contains("class=\"site\""), "in the site's layout");
        assertTrue(html.contains("href=\"/dumps/csv-metadata.json\""));
        for (TableDefinition table : shipped.tables()) {
            assertTrue(html.contains("<section id=\"" + table.name() + "\">"), table.url());
            assertTrue(html.contains("href=\"/dumps/" + table.url() + "\""), table.url());
            for (ColumnDefinition column : table.columns()) {
                String row = "<tr id=\"" + table.name() + "." + column.name() + "\">";
                assertTrue(html.contains(row), row);
                assertTrue(html.contains(textOf(column.description())), table.url() + " " + column.name());
            }
            assertEquals(table.columns().size(), html.split("<tr id=\"" + table.name() + "\\.", -1).length - 1, table.url());
        }
        assertTrue(html.contains("matching ^(day|month|year)$"), "datatype formats shown");
        assertTrue(html.contains("\"Protests\""), "description text shown as text (quotes need no escape there)");
    }

    @Test
    void codebookIsReadOnlyAndHasNoSubpages() throws Exception {
        assertEquals(404, site.get("/codebook/events").statusCode());
        HttpRequest post = HttpRequest.newBuilder(URI.create(site.root + "/codebook"))
                                      .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertEquals(405, site.client.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(site.get("/").body().contains("href=\"/codebook\""), "linked from every page's navigation");
    }

    /** Text as an HTML template writes it in element content: only {@code & < >} are escaped there. */
    static String textOf(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
