package org.w3id.kzlabour.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the command line in-process with standard output and standard error captured, so a CLI test
 * can check what goes to which stream and the exit code ({@code @RegisterExtension}; the streams are
 * restored after each test).
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    /** Runs {@code kz-labour-kg ARGS} with fresh captures and returns its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    String stdout() { return out.toString(StandardCharsets.UTF_8); }

    byte[] stdoutBytes() { return out.toByteArray(); }

    String stderr() { return err.toString(StandardCharsets.UTF_8); }
}
