package org.w3id.kzlabour.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.kzlabour.store.StoreException;

/**
 * Entry point of {@code kz-labour-kg.jar}: dispatches to the subcommands.
 *
 * <p>Results go to standard output and diagnostics to standard error; a bad command line is one
 * line of error plus the usage (exit 2), a failure is one line (exit 1), never a stack trace.
 */
public final class Main {

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command command : List.of(new ServeCommand(), new LoadCommand(), new ValidateCommand(),
                                       new QueryCommand(), new ExportCommand()))
            COMMANDS.put(command.name(), command);
    }

    private Main() {}

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /** Runs the command line and returns the exit code (kept apart from main for tests). */
    public static int run(String[] argv) {
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            System.out.print(overview());
            return argv.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.get(argv[0]);
        if (command == null) {
            System.err.println("kz-labour-kg: unknown command '" + argv[0] + "'");
            System.err.print(overview());
            return 2;
        }
        List<String> args = Arrays.asList(argv).subList(1, argv.length);
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(command.usage());
            return 0;
        }
        try {
            return command.run(args);
        } catch (UsageException ex) {
            System.err.println("kz-labour-kg " + command.name() + ": " + ex.getMessage());
            System.err.print(command.usage());
            return 2;
        } catch (StoreException ex) {
            System.err.println("kz-labour-kg " + command.name() + ": " + ex.getMessage());
            return 1;
        } catch (Exception | StackOverflowError ex) {
            System.err.println("kz-labour-kg " + command.name() + ": " + oneLine(ex));
            return 1;
        }
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        String text = message == null ? ex.getClass().getSimpleName() : message;
        return text.lines().findFirst().orElse(text);
    }

    private static String overview() {
        StringBuilder text = new StringBuilder("usage: java -jar kz-labour-kg.jar COMMAND [OPTIONS]   (COMMAND --help for details)\n");
        COMMANDS.values().forEach(c -> text.append(String.format("  %-9s %s%n", c.name(), c.summary())));
        return text.toString();
    }
}
