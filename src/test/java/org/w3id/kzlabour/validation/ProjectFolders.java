package org.w3id.kzlabour.validation;

import java.nio.file.Path;

/**
 * Finds the project folders the tests check: the system property {@code kg.projectDir} (set by
 * surefire to the project base directory), or the current directory when it is absent.
 */
final class ProjectFolders {

    private ProjectFolders() {
    }

    static Path root() {
        String configured = System.getProperty("kg.projectDir");
        return Path.of(configured == null || configured.isBlank() ? "." : configured).toAbsolutePath().normalize();
    }

    static Path ontologyFolder() {
        return root().resolve("ontology");
    }

    static Path ontologyFile() {
        return ontologyFolder().resolve("kz-labour.ttl");
    }

    static Path shapesFile() {
        return ontologyFolder().resolve("shapes.ttl");
    }

    static Path dataFolder() {
        return root().resolve("data");
    }

    static Path qualityCheckFolder() {
        return root().resolve("queries").resolve("qc");
    }

    static Path fixture(String name) {
        return root().resolve("src/test/resources/fixtures").resolve(name);
    }
}
