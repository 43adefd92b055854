package org.w3id.kzlabour.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line of one subcommand: {@code --flag value} options and positional arguments.
 *
 * <p>Options are declared up front, so an unknown flag or a missing value is reported at once,
 * in one line, instead of being ignored. A list option ({@code --data a.ttl b.ttl}) takes every
 * following argument up to the next flag.
 */
public final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {}

    /**
     * @param valued  options that take one value
     * @param listed  options that take one or more values
     * @param flags   options that take none
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> listed, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            List<String> values = parsed.options.computeIfAbsent(name, k -> new ArrayList<>());
            if (flags.contains(name)) {
                if (inline != null)
                    throw new UsageException("--" + name + " takes no value");
                values.add("true");
            } else if (valued.contains(name) || listed.contains(name)) {
                if (inline != null) {
                    values.add(inline);
                } else {
                    int start = i;
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        values.add(args.get(++i));
                        if (valued.contains(name))
                            break;
                    }
                    if (i == start)
                        throw new UsageException("--" + name + " needs a value");
                }
                if (valued.contains(name) && values.size() > 1)
                    throw new UsageException("--" + name + " given more than once");
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return parsed;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String value(String name, String fallback) {
        List<String> values = options.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    public List<String> positional() {
        return positional;
    }

    /** An integer option within bounds, or a one-line usage error. */
    public int intValue(String name, int fallback, int min, int max) {
        String text = value(name, null);
        if (text == null)
            return fallback;
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max)
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ": " + text);
            return n;
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " must be a whole number: " + text);
        }
    }

    /** A positive number of seconds, or a one-line usage error. */
    public double secondsValue(String name, double fallback) {
        String text = value(name, null);
        if (text == null)
            return fallback;
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds > 0) || Double.isInfinite(seconds))
                throw new UsageException("--" + name + " must be a positive number of seconds: " + text);
            return seconds;
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " must be a number of seconds: " + text);
        }
    }
}
