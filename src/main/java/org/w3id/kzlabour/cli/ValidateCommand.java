package org.w3id.kzlabour.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.rdf.model.Model;
import org.w3id.kzlabour.validation.QualityCheckResult;
import org.w3id.kzlabour.validation.QualityChecks;
import org.w3id.kzlabour.validation.ShapeValidation;
import org.w3id.kzlabour.validation.ShapeViolation;
import org.w3id.kzlabour.validation.SyntaxCheck;
import org.w3id.kzlabour.validation.TurtleFolderLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: strict syntax check of RDF files, reporting every problem as file:line:column: message. */
@Command(name = "validate",
         description = {
             "check RDF files strictly and report every problem",
             "Parses every file strictly (default: ontology/ and data/ of the current",
             "directory) and prints each problem as file:line:column: message. On the",
             "default folders it then checks the data against ontology/shapes.ttl and runs",
             "every queries/qc/*-violation.rq. Exit 0 when clean, 1 otherwise."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "files, or folders searched for RDF files")
    List<Path> targets;

    @Override
    public Integer call() throws IOException {
        boolean project = targets == null || targets.isEmpty();
        List<Path> files = new ArrayList<>();
        for (Path target : project ? List.of(Path.of("ontology"), Path.of("data")) : targets) {
            if (Files.isDirectory(target))
                files.addAll(rdfFilesIn(target));
            else if (Files.exists(target))
                files.add(target);
            else
                throw OptionChecks.usageError(spec, "no such file or folder: " + target);
        }
        int problems = 0;
        for (Path file : files) {
            for (SyntaxCheck.Problem problem : SyntaxCheck.check(file.toString(), read(file))) {
                System.out.println(problem);
                problems++;
            }
        }
        if (project && problems == 0)
            problems += checkProject();
        System.err.printf("validate: %d file(s), %d problem(s)%n", files.size(), problems);
        return problems == 0 ? 0 : 1;
    }

    /**
     * On the project's own folders, syntax is not enough: the data must conform to the shapes and every
     * quality-check query must return nothing. Returns the number of problems printed.
     */
    private static int checkProject() {
        Path shapes = Path.of("ontology", "shapes.ttl");
        Path qc = Path.of("queries", "qc");
        if (!Files.isRegularFile(shapes) || !Files.isDirectory(qc))
            return 0;
        Model graph = TurtleFolderLoader.loadFolders(Path.of("ontology"), Path.of("data"));
        int problems = 0;
        for (ShapeViolation violation : ShapeValidation.fromFile(shapes).violations(graph)) {
            System.out.println(shapes + ": " + violation);
            problems++;
        }
        for (QualityCheckResult result : QualityChecks.fromDirectory(qc).run(graph)) {
            for (var row : result.rows()) {
                System.out.println(qc.resolve(result.check().name() + ".rq") + ": " + row);
                problems++;
            }
        }
        return problems;
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
