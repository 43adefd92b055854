package org.w3id.kzlabour.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every queries/qc/*-violation.rq returns no row on the union of ontology, shapes and data, and each
 * one returns rows on its broken fixture (fixtures/qc/NAME.ttl, added to the ontology and the valid
 * fixture), so that no check can silently pass everything.
 */
class QualityChecksTest {

    private static QualityChecks checks;

    @BeforeAll
    static void loadChecks() {
        checks = QualityChecks.fromDirectory(ProjectFolders.qualityCheckFolder());
    }

    static Stream<String> checkNames() {
        return QualityChecks.fromDirectory(ProjectFolders.qualityCheckFolder()).checks().stream()
                .map(QualityCheck::name);
    }

    private static String failures(List<QualityCheckResult> results) {
        return results.stream().filter(r -> !r.passed()).map(QualityCheckResult::toString)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theExpectedChecksExistAndSayWhatTheyCheck() {
        List<String> names = checks.checks().stream().map(QualityCheck::name).toList();
        assertTrue(names.containsAll(List.of("missing-label-violation", "missing-definition-violation",
                "undeclared-term-violation", "claim-without-source-violation", "claim-without-quote-violation",
                "label-without-language-violation", "wikidata-link-not-verified-violation", "rejected-qid-violation",
                "date-without-precision-violation", "deprecated-term-used-violation", "duplicate-label-violation")), names.toString());
        for (QualityCheck check : checks.checks()) {
            assertTrue(check.description().startsWith(check.name() + ":"),
                    check.name() + " needs a header comment starting with its name: " + check.description());
        }
    }

    @Test
    void projectOntologyAndDataPassEveryCheck() {
        Model union = TurtleFolderLoader.loadFolders(ProjectFolders.ontologyFolder(), ProjectFolders.dataFolder());
        List<QualityCheckResult> results = checks.run(DatasetFactory.wrap(union));
        assertEquals(checks.checks().size(), results.size());
        assertEquals("", failures(results));
    }

    @Test
    void validFixturePassesEveryCheck() {
        Model union = TurtleFolderLoader.loadFolders(ProjectFolders.ontologyFolder());
        union.add(TurtleFolderLoader.load(ProjectFolders.fixture("valid-data.ttl")));
        assertEquals("", failures(checks.run(union)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkNames")
    void checkFailsOnItsBrokenFixture(String name) {
        Path fixture = ProjectFolders.fixture("qc/" + name + ".ttl");
        assertTrue(Files.exists(fixture), "every quality check needs a broken fixture: " + fixture);
        Model union = TurtleFolderLoader.loadFolders(ProjectFolders.ontologyFolder());
        union.add(TurtleFolderLoader.load(ProjectFolders.fixture("valid-data.ttl")));
        union.add(TurtleFolderLoader.load(fixture));
        QualityCheck check = checks.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        QualityCheckResult result = QualityChecks.run(check, DatasetFactory.wrap(union));
        assertFalse(result.passed(), name + " returned no row on its broken fixture");
    }

    @Test
    void headerCommentIsReadWithoutHashMarks() {
        assertEquals("a-violation: checks a thing. on two lines.",
                QualityChecks.headerComment("# a-violation: checks a thing.\n## on two lines.\nSELECT * {}"));
    }
}
