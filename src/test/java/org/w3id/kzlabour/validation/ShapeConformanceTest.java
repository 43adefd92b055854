package org.w3id.kzlabour.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data (with the ontology it relies on) conforms to ontology/shapes.ttl, and each kind of
 * broken data in fixtures/shapes/ is reported with the expected message.
 */
class ShapeConformanceTest {

    private static ShapeValidation validation;

    @BeforeAll
    static void loadShapes() {
        validation = ShapeValidation.fromFile(ProjectFolders.shapesFile());
    }

    private static String readable(List<ShapeViolation> violations) {
        return violations.stream().map(ShapeViolation::toString).collect(Collectors.joining("\n"));
    }

    private static Model withOntology(Model data) {
        return data.add(TurtleFolderLoader.loadFolders(ProjectFolders.ontologyFolder()));
    }

    @Test
    void shapesAreFound() {
        assertTrue(validation.targetShapeCount() >= 10, "expected the shapes of ontology/shapes.ttl");
    }

    @Test
    void projectDataConformsToShapes() {
        Model union = TurtleFolderLoader.loadFolders(ProjectFolders.ontologyFolder(), ProjectFolders.dataFolder());
        List<ShapeViolation> violations = validation.violations(union);
        assertTrue(violations.isEmpty(), () -> violations.size() + " shape violation(s):\n" + readable(violations));
    }

    @Test
    void validFixtureConformsToShapes() {
        Model union = withOntology(TurtleFolderLoader.load(ProjectFolders.fixture("valid-data.ttl")));
        List<ShapeViolation> violations = validation.violations(union);
        assertEquals("", readable(violations));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        event-without-claim          | wos-strike-ruling-appeal | at least one kzl:Claim
        event-without-date           | wos-strike-2023          | kzl:date, kzl:startDate or kzl:undatedReason
        event-without-source         | wos-strike-2023          | prov:wasDerivedFrom
        claim-with-blank-quote       | wos-appeal-strike-illegal-again | non-empty kzl:quote
        claim-without-claimant       | wos-appeal-strike-illegal-again | kzl:claimant
        claim-status-outside-scheme  | wos-strikers-around-500  | kzl:claimStatus
        quantity-without-qualifier   | wos-strikers-around-500  | needs a kzl:valueQualifier
        claim-source-not-a-document  | wos-appeal-strike-illegal-again | kzl:statedIn a kzl:SourceDocument
        date-not-xsd-date            | wos-strike-2023          | kzl:startDate must be an xsd:date
        date-without-precision       | wos-strike-ruling-appeal | needs exactly one kzl:datePrecision
        month-date-not-first-day     | wos-strike-ruling-appeal | not the first day
        duration-not-xsd-duration    | wos-labour-dispute       | must be an xsd:duration
        label-without-language       | atle-hoie                | rdfs:label needs a language tag
        organisation-without-source  | industriall              | prov:wasDerivedFrom
        person-without-english-label | atle-hoie                | rdfs:label with language tag @en
        source-without-issued        | right-to-strike          | dcterms:issued
        source-without-kind          | right-to-strike          | kzl:sourceKind
        sameas-not-wikidata          | kazakhstan               | Wikidata item IRI
        name-without-source          | zhanaozen-novyi-uzen-ru  | kzl:NameSource or a kzl:SourceDocument
        name-source-without-title    | wof-1141907871           | needs a dcterms:title
        """)
    void brokenFixtureIsReported(String fixture, String focus, String message) {
        Model union = withOntology(TurtleFolderLoader.load(ProjectFolders.fixture("shapes/" + fixture + ".ttl")));
        List<ShapeViolation> violations = validation.violations(union);
        assertTrue(violations.stream().anyMatch(v -> v.focusNode().endsWith(focus) && v.toString().contains(message)),
                () -> "expected a violation on ..." + focus + " saying '" + message + "', got:\n" + readable(violations));
    }
}
