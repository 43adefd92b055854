package org.w3id.kzlabour.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.RDFLanguages;
import org.w3id.kzlabour.validation.SyntaxCheck;

/** {@code validate}: strict syntax check of RDF files, reporting every problem as file:line:column: message. */
final class ValidateCommand implements Command {

    @Override
    public String name() { return "validate"; }

    @Override
    public String summary() { return "check RDF files strictly and report every problem"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg validate [FILE|DIR...]\n"
             + "Parses every file strictly (default: ontology/ and data/ of the current directory) and prints each\n"
             + "problem as file:line:column: message. Exit 0 when clean, 1 when a problem was found.\n";
    }

    @Override
    public int run(List<String> argv) throws IOException {
        Arguments args = Arguments.parse(argv, Set.of(), Set.of(), Set.of());
        List<Path> targets = args.positional().isEmpty()
                ? List.of(Path.of("ontology"), Path.of("data"))
                : args.positional().stream().map(Path::of).toList();
        List<Path> files = new ArrayList<>();
        for (Path target : targets) {
            if (Files.isDirectory(target))
                files.addAll(rdfFilesIn(target));
            else if (Files.exists(target))
                files.add(target);
            else
                throw new UsageException("no such file or folder: " + target);
        }
        int problems = 0;
        for (Path file : files) {
            for (SyntaxCheck.Problem problem : SyntaxCheck.check(file.toString(), read(file))) {
                System.out.println(problem);
                problems++;
            }
        }
        System.err.printf("validate: %d file(s), %d problem(s)%n", files.size(), problems);
        return problems == 0 ? 0 : 1;
    }

    private static List<Path> rdfFilesIn(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                        .filter(p -> RDFLanguages.filenameToLang(p.getFileName().toString().replaceFirst("\\.gz$", "")) != null)
                        .sorted()
                        .toList();
        }
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream source = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
