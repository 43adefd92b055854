package org.w3id.kzlabour.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology must stay in OWL 2 DL and be consistent with no unsatisfiable class, so that DL
 * reasoners and OWL tools can use it; each check is also shown to fail on a broken fixture.
 */
class OwlProfileAndReasoningTest {

    private static OWLOntology loadWithOwlApi(Path file) throws OWLOntologyCreationException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(file.toFile());
    }

    private static List<OWLProfileViolation> dlViolations(Path file) throws OWLOntologyCreationException {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(loadWithOwlApi(file));
        return report.getViolations();
    }

    private static Set<OWLClass> unsatisfiableClasses(OWLReasoner reasoner) {
        return reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
    }

    @Test
    void ontologyIsInOwl2DlProfile() throws Exception {
        List<OWLProfileViolation> violations = dlViolations(ProjectFolders.ontologyFile());
        assertTrue(violations.isEmpty(), () -> "OWL 2 DL violations:\n" + violations.stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void ontologyHasClassesAndProperties() throws Exception {
        OWLOntology ontology = loadWithOwlApi(ProjectFolders.ontologyFile());
        assertTrue(ontology.classesInSignature().count() > 50, "expected the ontology's classes");
        assertTrue(ontology.objectPropertiesInSignature().count() > 30, "expected object properties");
        assertTrue(ontology.dataPropertiesInSignature().count() > 20, "expected datatype properties");
    }

    @Test
    void ontologyIsConsistentWithNoUnsatisfiableClass() throws Exception {
        OWLOntology ontology = loadWithOwlApi(ProjectFolders.ontologyFile());
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "the ontology is inconsistent under HermiT");
            assertEquals(Set.of(), unsatisfiableClasses(reasoner), "unsatisfiable named classes");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void profileCheckFailsOnAnOntologyOutsideOwl2Dl() throws Exception {
        List<OWLProfileViolation> violations = dlViolations(ProjectFolders.fixture("not-owl2-dl.ttl"));
        assertFalse(violations.isEmpty(), "a property declared both object and datatype must break OWL 2 DL");
    }

    @Test
    void reasonerFindsAnInconsistentOntology() throws Exception {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(loadWithOwlApi(ProjectFolders.fixture("inconsistent.ttl")));
        try {
            assertFalse(reasoner.isConsistent(), "an individual in two disjoint classes must be inconsistent");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void reasonerFindsAnUnsatisfiableClass() throws Exception {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(loadWithOwlApi(ProjectFolders.fixture("unsatisfiable-class.ttl")));
        try {
            assertTrue(reasoner.isConsistent());
            assertFalse(unsatisfiableClasses(reasoner).isEmpty(), "a subclass of two disjoint classes must be unsatisfiable");
        } finally {
            reasoner.dispose();
        }
    }
}
