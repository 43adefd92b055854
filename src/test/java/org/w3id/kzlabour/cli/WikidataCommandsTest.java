package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command-line side of the Wikidata work: the QuickStatements export and the SERVICE limit options. */
class WikidataCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String stderr() { return console.stderr(); }

    @Test
    void exportWritesAQuickStatementsFileAndListsWhatItLeftOut() throws Exception {
        Path file = dir.resolve("out/wikidata.qs");
        assertEquals(0, console.run(new String[] {"export", "--format", "quickstatements", "--out", file.toString()}));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.contains("CREATE"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("LAST\tP1132\t500\tP1480\tQ5727902\tS1476")), lines.toString());
        assertTrue(stderr().contains("quickstatements: left out: event/wos-strike-2023"), stderr());
        assertTrue(stderr().contains(lines.size() + " lines written"), stderr());
        assertEquals(0, console.stdoutBytes().length, "the batch went to the file, nothing to stdout");
    }

    @Test
    void aServiceTimeoutAboveTheQueryTimeoutIsAUsageError() {
        assertEquals(2, console.run(new String[] {"serve", "--port", "0", "--timeout", "5", "--allow-service", "http://127.0.0.1:9/sparql",
                                               "--service-timeout", "6"}));
        assertTrue(stderr().startsWith("kz-labour-kg serve: --service-timeout (6 s) must not exceed the query timeout (5 s)"), stderr());
    }

    @Test
    void serviceLimitsWithoutAllowServiceAreAUsageError() {
        assertEquals(2, console.run(new String[] {"serve", "--port", "0", "--service-max-rows", "10"}));
        assertTrue(stderr().contains("need --allow-service"), stderr());
    }
}
