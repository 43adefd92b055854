package org.w3id.kzlabour.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports what goes wrong, the same way in every command: a bad command line
 * is one line {@code kz-labour-kg COMMAND: reason}, a suggestion where picocli has one ("Did you
 * mean --port?"), then the command's usage, exit 2; a failure while running is one line, exit 1.
 * Never a stack trace: the users are researchers, not Java programmers.
 */
final class OneLineErrors {

    static final int FAILURE = 1;
    static final int USAGE = 2;

    private OneLineErrors() {}

    static void installOn(CommandLine cli) {
        cli.setParameterExceptionHandler(badCommandLine());
        cli.setExecutionExceptionHandler(failure());
        RunLast runLast = new RunLast();
        // picocli passes Errors through; a StackOverflowError (a query nested too deeply) is a failure like any other.
        cli.setExecutionStrategy(parsed -> {
            try {
                return runLast.execute(parsed);
            } catch (StackOverflowError ex) {
                CommandLine command = lastCommand(parsed);
                return report(command, oneLine(ex));
            }
        });
    }

    private static IParameterExceptionHandler badCommandLine() {
        return (thrown, args) -> {
            CommandLine command = thrown.getCommandLine();
            // picocli checks required options before it reports an unknown one ("load --tbd2 db" would be
            // "Missing required option: '--tdb2'"): the typo is the cause, so it is what is reported.
            ParameterException ex = thrown instanceof UnmatchedArgumentException || command.getUnmatchedArguments().isEmpty()
                    ? thrown : new UnmatchedArgumentException(command, command.getUnmatchedArguments());
            PrintWriter err = command.getErr();
            err.println(name(command) + ": " + reason(ex, command));
            if (ex instanceof UnmatchedArgumentException unmatched) {
                List<String> suggestions = OptionSuggestions.of(unmatched);
                if (!suggestions.isEmpty())
                    err.println("Did you mean " + String.join(" or ", suggestions) + "?");
            }
            command.usage(err);
            return USAGE;
        };
    }

    private static IExecutionExceptionHandler failure() {
        return (ex, command, parsed) -> report(command, oneLine(ex));
    }

    private static int report(CommandLine command, String message) {
        command.getErr().println(name(command) + ": " + message);
        return FAILURE;
    }

    /**
     * The first unknown word, said plainly: picocli lists the option's value as a second unknown
     * ("Unknown options: '--prot', '3030'"), and calls a mistyped command or a stray word an
     * "unmatched argument".
     */
    private static String reason(ParameterException ex, CommandLine command) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption())
                return "unknown option " + first;
            return command.getSubcommands().isEmpty() ? "unexpected argument: " + first : "unknown command '" + first + "'";
        }
        return oneLine(ex);
    }

    /** {@code kz-labour-kg serve}, as the user typed it. */
    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    private static CommandLine lastCommand(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand())
            last = last.subcommand();
        return last.commandSpec().commandLine();
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        String text = message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
        return text.lines().findFirst().orElse(text);
    }
}
