package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The release is kept in one place (release/release.properties); everything else that states it
 * must agree: CITATION.cff (which must also be valid CFF 1.2.0), the pom's version, the top entry of
 * CHANGELOG.md, and the previous release's dump must be in the repository.
 */
class ReleaseFilesAgreeTest {

    static Path root() {
        String configured = System.getProperty("kg.projectDir");
        return Path.of(configured == null || configured.isBlank() ? "." : configured).toAbsolutePath().normalize();
    }

    static Release releaseFile() throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(root().resolve("release/release.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Release.parse(p);
    }

    static JsonNode citationFile() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(root().resolve("CITATION.cff").toFile());
    }

    @Test
    void citationFileIsValidCff120() throws Exception {
        JsonNode cff = citationFile();
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.draft7("citation/cff-1.2.0-schema.json"), cff));
        assertEquals("1.2.0", cff.get("cff-version").asText());
        assertEquals("CC-BY-4.0", cff.get("license").asText());
        assertEquals(PublicBase.DEFAULT, cff.get("url").asText());
        assertEquals(DatasetDescription.TITLE, cff.get("title").asText());
        assertEquals(Citation.AUTHOR, cff.get("authors").get(0).get("name").asText());
    }

    @Test
    void theSchemaRejectsABrokenCitationFile() throws Exception {
        JsonNode broken = citationFile().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("date-released", "2 December 2026");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("authors");
        assertTrue(JsonSchemas.errors(JsonSchemas.draft7("citation/cff-1.2.0-schema.json"), broken).size() >= 2, "the validator does validate");
    }

    @Test
    void citationFilePomAndChangelogAgreeWithTheReleaseFile() throws Exception {
        Release release = releaseFile();
        JsonNode cff = citationFile();
        assertEquals(release.version(), cff.get("version").asText(), "CITATION.cff version");
        assertEquals(release.date().toString(), cff.get("date-released").asText(), "CITATION.cff date-released");
        assertTrue(cff.get("identifiers").findValuesAsText("value").contains(release.iri()), "CITATION.cff names the release IRI");
        assertEquals(release.version(), pomVersion(), "pom.xml <version>");
        Changelog changelog = Changelog.parse(Files.readString(root().resolve("CHANGELOG.md")));
        Changelog.Entry top = changelog.releases().get(0);
        assertEquals(release.version(), top.version(), "newest CHANGELOG.md entry");
        assertEquals(release.date().toString(), top.date());
        assertNotNull(changelog.release(release.previousVersion()), "CHANGELOG.md has the previous release");
        assertEquals(release.previousDate().toString(), changelog.release(release.previousVersion()).date());
        assertTrue(Release.compare(release.version(), release.previousVersion()) > 0, "versions go up");
        assertTrue(release.date().isAfter(release.previousDate()), "dates go forward");
        assertTrue(Files.isRegularFile(root().resolve("release/" + release.previousVersion() + "/kz-labour.nq.gz")), "the previous dump is kept");
        assertEquals(release, Release.current(), "the jar carries the repository's release file");
    }

    @Test
    void changelogEntriesWrapAndGroup() {
        Changelog c = Changelog.parse("""
                # Changelog
                ## [1.1.0] - 2027-01-05
                ### Fixed
                - A date of the
                  Zhanaozen strike.
                ### Added
                - Two sources.
                ## [1.0.0] - 2026-12-30
                - stray
                [1.1.0]: https://w3id.org/kz-labour/release/1.1.0
                """);
        assertEquals(List.of("Fixed: A date of the Zhanaozen strike.", "Added: Two sources."), c.release("1.1.0").items());
        assertEquals(List.of(), c.release("1.0.0").items());
    }

    @Test
    void releaseFileErrorsNameTheEntry() {
        Properties p = new Properties();
        p.setProperty("version", "0.3");
        p.setProperty("date", "2026-12-02");
        p.setProperty("first.date", "2026-11-23");
        assertTrue(assertThrows(IllegalStateException.class, () -> Release.parse(p)).getMessage().contains("version"));
        p.setProperty("version", "0.3.0");
        p.setProperty("date", "December");
        assertTrue(assertThrows(IllegalStateException.class, () -> Release.parse(p)).getMessage().contains("date"));
        p.setProperty("date", "2026-12-02");
        Release first = Release.parse(p);
        assertEquals(null, first.patchFileName(), "a first release has no patch");
        assertEquals(LocalDate.parse("2026-12-02"), first.date());
        assertTrue(first.isNewerThan("0.2.9") && !first.isNewerThan("0.10.0"), "numeric, not text, comparison");
    }

    static String pomVersion() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom;
        try (InputStream in = Files.newInputStream(root().resolve("pom.xml"))) {
            pom = factory.newDocumentBuilder().parse(in);
        }
        for (Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling())
            if ("version".equals(n.getNodeName()))
                return n.getTextContent().strip();
        throw new AssertionError("pom.xml has no <version>");
    }
}
