package org.w3id.kzlabour.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * Strict syntax check of RDF text that reports every problem, each as {@code file:line:column: message}.
 *
 * <p>Jena's parsers stop at the first fatal error. For the line-oriented syntaxes (Turtle, TriG,
 * N-Triples, N-Quads) this check resumes after the statement that failed, keeping the prefix
 * declarations seen so far and blanking the rest so that line numbers stay true, and so lists the
 * errors of a whole file in one run. Warnings (bad lexical forms, suspicious IRIs) count as problems.
 */
public final class SyntaxCheck {

    private static final int MAX_PROBLEMS_PER_FILE = 100;
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(@prefix|@base|PREFIX|BASE)\\b.*", Pattern.CASE_INSENSITIVE);

    private SyntaxCheck() {}

    /** One problem found in a file. */
    public record Problem(String file, long line, long column, String message) {
        @Override
        public String toString() {
            return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
        }
    }

    /** Checks RDF text whose syntax follows from {@code name}'s extension. */
    public static List<Problem> check(String name, String text) {
        Lang lang = RDFLanguages.filenameToLang(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name);
        if (lang == null)
            return List.of(new Problem(name, 1, 1, "unknown RDF syntax (by file extension)"));
        boolean resumable = lang.equals(Lang.TURTLE) || lang.equals(Lang.TRIG) || lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS);
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int startLine = 0;
        while (problems.size() < MAX_PROBLEMS_PER_FILE) {
            long fatalLine = parse(name, textFrom(lines, startLine), lang, problems);
            if (fatalLine < 0 || !resumable)
                break;
            int next = nextStatementStart(lines, (int) Math.max(fatalLine - 1, startLine), lang);
            if (next <= startLine || next >= lines.length)
                break;
            startLine = next;
        }
        return problems;
    }

    /** Parses; records problems; returns the line of a fatal error or -1 when the parse completed. */
    private static long parse(String name, String text, Lang lang, List<Problem> problems) {
        long[] fatal = {-1};
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                add(problems, new Problem(name, line, col, "warning: " + message));
            }

            @Override
            public void error(String message, long line, long col) {
                add(problems, new Problem(name, line, col, message));
            }

            @Override
            public void fatal(String message, long line, long col) {
                add(problems, new Problem(name, line, col, message));
                fatal[0] = Math.max(line, 1);
                throw new RiotException(message);
            }
        };
        try {
            RDFParser.fromString(text, lang).errorHandler(collector).strict(true).checking(true).parse(StreamRDFLib.sinkNull());
        } catch (RiotException ex) {
            if (fatal[0] < 0) {
                add(problems, new Problem(name, 1, 1, ex.getMessage()));
                return -1;
            }
        } catch (RuntimeException ex) {
            // e.g. IllegalFormatCodePointException from the tokenizer on input such as ":%"
            add(problems, new Problem(name, 1, 1, "unreadable input: " + ex));
            return -1;
        }
        return fatal[0];
    }

    private static void add(List<Problem> problems, Problem problem) {
        if (!problems.contains(problem))
            problems.add(problem);
    }

    /** The text with lines before {@code start} blanked, except prefix and base directives. */
    private static String textFrom(String[] lines, int start) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i >= start || DIRECTIVE.matcher(lines[i]).matches())
                text.append(lines[i]);
            text.append('\n');
        }
        return text.toString();
    }

    /** Index of the first line after the statement that contains line {@code from} (0-based). */
    private static int nextStatementStart(String[] lines, int from, Lang lang) {
        if (lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS))
            return from + 1;
        for (int i = from; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.endsWith(".") || stripped.endsWith("}"))
                return i + 1;
        }
        return lines.length;
    }
}
