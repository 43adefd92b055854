package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Cite this" and /cite on a real server: BibTeX parses, CSL-JSON is valid CSL, RIS is well-formed, the text names release and date. */
class CitationSiteTest {

    static final String STRIKE = "https://w3id.org/kz-labour/id/event/wos-strike-2023";
    static final String SOURCE = "https://w3id.org/kz-labour/id/source/industriall-2024-01-29";
    static final Pattern RIS_LINE = Pattern.compile("[A-Z][A-Z0-9]  - .*");
    static final Release RELEASE = Release.current();

    static SiteFixture site;
    static Schema csl;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.standard();
        csl = JsonSchemas.draft7("citation/csl-data.json");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    static HttpResponse<String> cite(String format, String iri) throws Exception {
        return site.get("/cite?format=" + format + (iri == null ? "" : "&iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)));
    }

    static BibTeXDatabase bibtex(String text) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase db = parser.parseFully(new StringReader(text));
        assertTrue(parser.getExceptions().isEmpty(), "BibTeX parses without errors: " + parser.getExceptions() + "\n" + text);
        return db;
    }

    static String field(BibTeXEntry entry, String name) {
        return entry.getField(new Key(name)).toUserString();
    }

    @Test
    void datasetBibtexParsesWithVersionAndAccessDate() throws Exception {
        HttpResponse<String> response = cite("bibtex", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-bibtex"));
        Map<Key, BibTeXEntry> entries = bibtex(response.body()).getEntries();
        assertEquals(1, entries.size());
        BibTeXEntry entry = entries.get(new Key("kzlabour-" + RELEASE.version()));
        assertEquals("misc", entry.getType().getValue());
        assertEquals("{" + Citation.AUTHOR + "}", field(entry, "author"), "one corporate author, not a list of persons");
        assertEquals(RELEASE.version(), field(entry, "version"));
        assertEquals(Integer.toString(RELEASE.date().getYear()), field(entry, "year"));
        assertEquals(PublicBase.DEFAULT, field(entry, "url"));
        assertEquals(today(), field(entry, "urldate"));
    }

    @Test
    void entityBibtexNamesTheEntityAndListsItsSources() throws Exception {
        Map<Key, BibTeXEntry> entries = bibtex(cite("bibtex", STRIKE).body()).getEntries();
        assertEquals(2, entries.size(), "the entity and its one source");
        BibTeXEntry entity = entries.get(new Key("kzlabour-" + RELEASE.version() + "-event-wos-strike-2023"));
        assertEquals(STRIKE, field(entity, "url"));
        assertEquals("{West Oil Software strike, Zhetybai}", field(entity, "title"));
        BibTeXEntry source = entries.get(new Key("source-industriall-2024-01-29"));
        assertEquals("{Kazakhstan must respect workers’ right to strike}", field(source, "title"));
        assertEquals("IndustriALL Global Union", field(source, "publisher"));
        assertEquals("2024", field(source, "year"));
        assertEquals("1", field(source, "month"));
        assertEquals("29", field(source, "day"));
    }

    @Test
    void cslJsonIsValidAgainstTheCslSchema() throws Exception {
        for (String iri : new String[] {null, STRIKE}) {
            HttpResponse<String> response = cite("csl-json", iri);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.citationstyles.csl+json"));
            JsonNode items = new ObjectMapper().readTree(response.body());
            assertEquals(List.of(), JsonSchemas.errors(csl, items), response.body());
            JsonNode first = items.get(0);
            assertEquals("dataset", first.get("type").asText());
            assertEquals(RELEASE.version(), first.get("version").asText());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertEquals(today.getDayOfMonth(), first.get("accessed").get("date-parts").get(0).get(2).asInt());
            if (iri != null) {
                assertEquals(STRIKE, first.get("URL").asText());
                assertEquals(2, items.size());
                assertEquals("[[2024,1,29]]", items.get(1).get("issued").get("date-parts").toString());
            }
        }
    }

    @Test
    void risLinesAreWellFormed() throws Exception {
        HttpResponse<String> response = cite("ris", STRIKE);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-research-info-systems"));
        String[] lines = response.body().split("\r\n");
        assertEquals("TY  - DATA", lines[0]);
        int records = 0;
        for (String line : lines) {
            assertTrue(RIS_LINE.matcher(line).matches() || line.equals("ER  - "), "RIS line: '" + line + "'");
            if (line.startsWith("ER  -"))
                records++;
        }
        assertEquals(2, records, "the entity and its source");
        assertTrue(response.body().contains("ET  - " + RELEASE.version() + "\r\n"));
        assertTrue(response.body().contains("UR  - " + STRIKE + "\r\n"));
        assertTrue(response.body().contains("DA  - 2024/01/29/\r\n"), "the source's date at day precision");
        assertTrue(response.body().endsWith("ER  - \r\n"));
    }

    @Test
    void plainTextNamesReleaseDateAccessedAndSources() throws Exception {
        HttpResponse<String> response = cite("text", STRIKE);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String[] lines = response.body().split("\n");
        assertEquals(2, lines.length);
        String accessed = DateText.format(today(), null);
        assertEquals(Citation.AUTHOR + ". (2026). West Oil Software strike, Zhetybai. In " + DatasetDescription.TITLE + " (Version " + RELEASE.version()
                + ", released 2 December 2026) [Data set]. " + STRIKE + " (accessed " + accessed + ").", lines[0]);
        assertEquals("IndustriALL Global Union (29 January 2024). Kazakhstan must respect workers’ right to strike. Record in the "
                + DatasetDescription.TITLE + ": " + SOURCE, lines[1]);
    }

    @Test
    void entityPageHasCiteThisWithTheEntityIriAndItsSources() throws Exception {
        String html = site.get("/id/event/wos-strike-2023", "Accept", "text/html").body();
        assertTrue(html.contains("<section class=\"cite\" id=\"cite\"><h2>Cite this</h2>"));
        assertTrue(html.contains("<code class=\"cite-iri\">" + STRIKE + "</code>"));
        assertTrue(html.contains("<details class=\"cite-bibtex\"><summary>BibTeX</summary><pre>@misc{kzlabour-" + RELEASE.version()));
        assertTrue(html.contains("<details class=\"cite-ris\">") && html.contains("<details class=\"cite-csl-json\">"));
        assertTrue(html.contains("<ol class=\"cite-sources\"><li>IndustriALL Global Union (29 January 2024). Kazakhstan must respect workers’ right to strike."));
        assertTrue(html.contains("href=\"/cite?format=ris&amp;iri=" + URLEncoder.encode(STRIKE, StandardCharsets.UTF_8) + "\""));
        assertTrue(html.contains("(accessed " + DateText.format(today(), null) + ")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cite", "/cite?format=mla", "/cite?format=text&iri=http://example.org/x", "/cite?format=text&iri=https://w3id.org/kz-labour/id/a%3Eb"})
    void badRequestsAre400WithOneLine(String path) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertEquals(400, response.statusCode(), path);
        assertFalse(response.body().strip().contains("\n"), response.body());
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void unknownEntityIs404() throws Exception {
        assertEquals(404, cite("text", "https://w3id.org/kz-labour/id/event/no-such-event").statusCode());
        assertEquals(404, site.get("/cite/other?format=text").statusCode());
    }
}
