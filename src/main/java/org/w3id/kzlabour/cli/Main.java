package org.w3id.kzlabour.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code kz-labour-kg.jar}: the top-level command, which dispatches to the subcommands.
 *
 * <p>The command line is parsed by picocli, so every command has typed options, {@code --help} and
 * {@code --version}, and a mistyped option or command gets a suggestion. Results go to standard
 * output and diagnostics to standard error; a bad command line is one line of error plus the usage
 * (exit 2), a failure is one line (exit 1), never a stack trace (see {@link OneLineErrors}).
 */
@Command(name = "kz-labour-kg",
         // Help, version and the usage layout are declared once, here, and every subcommand inherits them.
         scope = ScopeType.INHERIT,
         mixinStandardHelpOptions = true,
         versionProvider = ReleaseVersion.class,
         synopsisHeading = "usage: ",
         description = {"The knowledge graph of labour rights in Kazakhstan: serve it, load it, check it,",
                        "query it, export it. COMMAND --help gives the options of one command."},
         commandListHeading = "Commands:%n")
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    Main() {}

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /** Runs the command line and returns the exit code (kept apart from main for tests). */
    public static int run(String[] argv) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            return commandLine(out, err).execute(argv);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command tree with its converters and error handling, writing help to {@code out} and errors to {@code err}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new ServeCommand())
                .addSubcommand(new LoadCommand())
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new QueryCommand())
                .addSubcommand(new ExportCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        NumberConverters.registerOn(cli);
        OneLineErrors.installOn(cli);
        // "query @FILE.rq" names a query file; picocli must not read it as a file of arguments.
        cli.setExpandAtFiles(false);
        // "--loader phased": enum values as users write them.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    /** Without a command there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a COMMAND");
    }
}
