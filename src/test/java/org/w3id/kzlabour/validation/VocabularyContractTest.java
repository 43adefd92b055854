package org.w3id.kzlabour.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.vocab.KZL;

/**
 * The ontology declares every term of the vocabulary contract the data is written against, and every
 * constant of {@link KZL}; a term that is missing (or a typo in the list) fails the build.
 */
class VocabularyContractTest {

    private static final Set<Resource> DECLARATIONS = Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, OWL2.NamedIndividual, SKOS.Concept, SKOS.ConceptScheme);

    static List<String> undeclared(Model ontology, List<String> iris) {
        List<String> missing = new ArrayList<>();
        for (String iri : iris) {
            Resource term = ontology.createResource(iri);
            boolean declared = DECLARATIONS.stream().anyMatch(type -> ontology.contains(term, RDF.type, type));
            if (!declared) {
                missing.add(iri);
            }
        }
        return missing;
    }

    @Test
    void everyContractTermIsDeclared() throws Exception {
        List<String> names = Files.readAllLines(ProjectFolders.fixture("contract-terms.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertTrue(names.size() > 150, "the contract list looks truncated");
        Model ontology = TurtleFolderLoader.load(ProjectFolders.ontologyFile());
        assertEquals(List.of(), undeclared(ontology, names.stream().map(n -> KZL.NS + n).toList()));
    }

    @Test
    void everyVocabularyConstantIsDeclared() throws Exception {
        List<String> iris = new ArrayList<>();
        for (Field field : KZL.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())
                    && field.get(null) != KZL.ONTOLOGY) {
                iris.add(((Resource) field.get(null)).getURI());
            }
        }
        assertTrue(iris.size() > 40);
        Model ontology = TurtleFolderLoader.load(ProjectFolders.ontologyFile());
        assertEquals(List.of(), undeclared(ontology, iris));
    }

    @Test
    void checkFindsAnUndeclaredTerm() {
        Model ontology = TurtleFolderLoader.load(ProjectFolders.ontologyFile());
        assertFalse(undeclared(ontology, List.of(KZL.NS + "participantsCount")).isEmpty());
    }
}
