package org.w3id.kzlabour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The exit codes and the one-line reports, for failures the real commands cannot be made to throw on
 * demand (a StackOverflowError, a many-line message): a command that fails as it is told, under the
 * same handlers as the real command line.
 */
class OneLineErrorsTest {

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--with")
        String with = "nothing";

        @Override
        public Integer call() {
            switch (with) {
                case "overflow" -> throw new StackOverflowError();
                case "lines" -> throw new IllegalStateException("first line\nsecond line\n\tat some.Frame");
                case "nomessage" -> throw new UncheckedIOException(new IOException());
                case "usage" -> throw OptionChecks.usageError(spec, "--with usage is wrong here");
                default -> { return 0; }
            }
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Failing());
        OneLineErrors.installOn(cli);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    @Test
    void successIsZeroAndSilent() {
        assertEquals(0, run());
        assertEquals("", err.toString());
    }

    @Test
    void aStackOverflowIsAOneLineFailure() {
        assertEquals(1, run("--with", "overflow"));
        assertEquals(List.of("fail: StackOverflowError"), errLines());
    }

    @Test
    void aManyLineMessageIsCutToItsFirstLine() {
        assertEquals(1, run("--with", "lines"));
        assertEquals(List.of("fail: first line"), errLines());
    }

    @Test
    void aFailureWithoutMessageIsNamed() {
        assertEquals(1, run("--with", "nomessage"));
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).startsWith("fail: "), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void aUsageErrorFromTheCommandIsExitTwoWithUsage() {
        assertEquals(2, run("--with", "usage"));
        assertEquals("fail: --with usage is wrong here", errLines().get(0));
        assertTrue(errLines().get(1).startsWith("Usage: fail"), err.toString());
        assertEquals("", out.toString(), "errors never go to standard output");
    }

    @Test
    void suggestionsAreWithinTwoSlips() {
        assertEquals(0, OptionSuggestions.slips("--port", "--port"));
        assertEquals(1, OptionSuggestions.slips("--prot", "--port"), "two neighbours swapped are one slip");
        assertEquals(2, OptionSuggestions.slips("--pt", "--port"));
        assertEquals(3, OptionSuggestions.slips("--format", "--host"), "far apart: more than two");
        assertEquals(2, run("--wiht", "x"));
        assertEquals(List.of("fail: unknown option --wiht", "Did you mean --with?"), errLines().subList(0, 2));
    }
}
