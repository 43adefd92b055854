package org.w3id.kzlabour.cli;

import java.util.List;

/** One subcommand of the CLI. */
interface Command {
    /** The name typed after the jar, e.g. {@code serve}. */
    String name();

    /** One-line summary for the top-level help. */
    String summary();

    /** The full usage text printed by {@code --help} and after a usage error. */
    String usage();

    /** Runs the command; returns the process exit code. Throws {@link UsageException} for a bad command line. */
    int run(List<String> args) throws Exception;
}
