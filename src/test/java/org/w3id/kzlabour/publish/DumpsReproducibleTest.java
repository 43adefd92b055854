package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release publishes checksums of its dumps: a rebuild from the same sources must write the same bytes,
 * blank-node labels included, or the checksums (and a citation that quotes them) stop holding.
 */
class DumpsReproducibleTest {

    @Test
    void twoBuildsWriteTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        DumpGenerator.main(new String[] {first.toString()});
        DumpGenerator.main(new String[] {second.toString()});
        List<String> names = fileNames(first);
        assertTrue(names.contains("kz-labour.nq") && names.contains("kz-labour.trig") && names.contains("kz-labour.jsonld"), names.toString());
        assertEquals(names, fileNames(second));
        for (String name : names)
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name + " differs between two builds");
    }

    @Test
    void theDumpsHaveBlankNodesSoTheCheckAboveMeansSomething(@TempDir Path dir) throws IOException {
        DumpGenerator.main(new String[] {dir.toString()});
        assertTrue(Files.readString(dir.resolve("kz-labour.nq")).contains(" _:"), "the N-Quads dump has no blank node");
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
