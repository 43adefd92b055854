package org.w3id.kzlabour.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.vocab.KZL;

/** Every Turtle file of ontology/ and data/ parses with Jena, and the ontology header is complete. */
class OntologyParsingTest {

    @Test
    void everyOntologyAndDataFileParses() {
        List<Path> files = new java.util.ArrayList<>(TurtleFolderLoader.turtleFiles(ProjectFolders.ontologyFolder()));
        files.addAll(TurtleFolderLoader.turtleFiles(ProjectFolders.dataFolder()));
        assertTrue(files.contains(ProjectFolders.ontologyFile()), "ontology/kz-labour.ttl is missing");
        for (Path file : files) {
            assertFalse(TurtleFolderLoader.load(file).isEmpty(), file + " is empty");
        }
    }

    @Test
    void ontologyHeaderHasVersionLicenceAndOneModifiedDate() {
        Model ontology = TurtleFolderLoader.load(ProjectFolders.ontologyFile());
        Resource header = KZL.ONTOLOGY.inModel(ontology);
        assertTrue(header.hasProperty(RDF.type, OWL2.Ontology));
        assertTrue(header.hasProperty(OWL2.versionIRI));
        assertTrue(header.hasProperty(OWL2.versionInfo));
        assertTrue(header.hasProperty(DCTerms.title));
        assertTrue(header.hasProperty(DCTerms.description));
        assertTrue(header.hasProperty(DCTerms.creator));
        assertTrue(header.hasProperty(DCTerms.created));
        assertTrue(header.hasProperty(DCTerms.license,
                ontology.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertEquals(1, header.listProperties(DCTerms.modified).toList().size(), "exactly one dcterms:modified");
    }

    @Test
    void parserRejectsBrokenTurtleWithTheFileName() {
        Path broken = ProjectFolders.fixture("broken-syntax.ttl");
        TurtleLoadException error = assertThrows(TurtleLoadException.class, () -> TurtleFolderLoader.load(broken));
        assertTrue(error.getMessage().contains("broken-syntax.ttl"), error.getMessage());
    }

    @Test
    void parserRejectsThePercentTokenThatCrashesTheTokenizer(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("percent.ttl");
        Files.writeString(file, "@prefix : <http://example.org/> .\n:% :p :o .\n");
        assertThrows(TurtleLoadException.class, () -> TurtleFolderLoader.loadFolders(folder));
    }

    @Test
    void missingFolderLoadsNothing(@TempDir Path folder) {
        assertTrue(TurtleFolderLoader.loadFolders(folder.resolve("absent")).isEmpty());
    }
}
