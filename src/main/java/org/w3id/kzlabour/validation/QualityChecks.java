package org.w3id.kzlabour.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Runs the ODK-style quality-check queries: every {@code *-violation.rq} file of a folder is a SELECT
 * query whose rows are violations, so on good data each must return nothing.
 *
 * <p>Why: some rules are easier to state, and to read, as a query over the union of ontology and data
 * than as SHACL (for example "every kzl: term used in the data is declared in the ontology" or "no
 * Wikidata link outside the verified list"). Keeping them as plain {@code .rq} files lets the same
 * checks run in the build, from the command line and at the SPARQL endpoint.
 */
public final class QualityChecks {

    /** File-name suffix of a quality-check query. */
    public static final String SUFFIX = "-violation.rq";

    private final List<QualityCheck> checks;

    private QualityChecks(List<QualityCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Loads every {@code *-violation.rq} file of a folder, sorted by name.
     *
     * @throws IllegalArgumentException when a query does not parse or is not a SELECT query
     */
    public static QualityChecks fromDirectory(Path folder) {
        List<QualityCheck> loaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                loaded.add(read(file));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list quality checks in " + folder, e);
        }
        return new QualityChecks(loaded);
    }

    /** Reads one quality-check file. */
    public static QualityCheck read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file, e);
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("quality check " + name + " does not parse: " + e.getMessage(), e);
        }
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("quality check " + name + " must be a SELECT query");
        }
        return new QualityCheck(name, headerComment(text), query);
    }

    /** The leading comment lines of a query, joined with spaces, without the {@code #} markers. */
    static String headerComment(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            String words = trimmed.replaceFirst("^#+", "").strip();
            if (!words.isEmpty()) {
                header.append(header.length() == 0 ? "" : " ").append(words);
            }
        }
        return header.toString();
    }

    /** The loaded checks, sorted by name. */
    public List<QualityCheck> checks() {
        return checks;
    }

    /** Runs every check on the default graph of a model. */
    public List<QualityCheckResult> run(Model model) {
        return run(DatasetFactory.wrap(model));
    }

    /** Runs every check on a dataset. */
    public List<QualityCheckResult> run(Dataset dataset) {
        List<QualityCheckResult> results = new ArrayList<>();
        for (QualityCheck check : checks) {
            results.add(run(check, dataset));
        }
        return results;
    }

    /** Runs one check on a dataset. */
    public static QualityCheckResult run(QualityCheck check, Dataset dataset) {
        PrefixMapping prefixes = check.query().getPrefixMapping();
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(check.query()).build()) {
            ResultSet results = execution.execSelect();
            List<String> variables = results.getResultVars();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String variable : variables) {
                    RDFNode value = solution.get(variable);
                    row.put(variable, value == null ? "" : shortForm(value, prefixes));
                }
                rows.add(row);
            }
        }
        return new QualityCheckResult(check, rows);
    }

    private static String shortForm(RDFNode value, PrefixMapping prefixes) {
        if (value.isURIResource()) {
            return prefixes.shortForm(value.asResource().getURI());
        }
        return value.toString();
    }
}
