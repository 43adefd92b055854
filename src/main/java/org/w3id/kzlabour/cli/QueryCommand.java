package org.w3id.kzlabour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.query.QueryCache;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ResultFormat;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.store.ServedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: runs one SPARQL query on the shipped graph (or --data / --tdb2) and prints the result. */
@Command(name = "query",
         description = {
             "run a SPARQL query and print the result",
             "Runs the query on the shipped graph (or the --data files, or the --tdb2",
             "database) and prints the result."})
final class QueryCommand implements Callable<Integer> {

    private static final Map<String, ResultFormat> FORMATS = Map.ofEntries(
            Map.entry("table", ResultFormat.TEXT), Map.entry("csv", ResultFormat.CSV), Map.entry("tsv", ResultFormat.TSV),
            Map.entry("json", ResultFormat.JSON), Map.entry("xml", ResultFormat.XML), Map.entry("turtle", ResultFormat.TURTLE),
            Map.entry("ntriples", ResultFormat.NTRIPLES), Map.entry("jsonld", ResultFormat.JSONLD), Map.entry("rdfxml", ResultFormat.RDFXML));

    private static final String FORMAT_NAMES = "table, csv, tsv, json, xml, turtle, ntriples, jsonld, rdfxml";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "QUERY|@FILE.rq", arity = "0..*", hideParamSyntax = true,
                description = "the SPARQL query (quote it), or @ and the file that holds it")
    List<String> query;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml for SELECT/ASK (default table); turtle, ntriples, jsonld or rdfxml "
                        + "for CONSTRUCT/DESCRIBE (default turtle)")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", converter = OptionChecks.Seconds.class,
            description = "stop the query after SECONDS (default ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        if (query == null || query.size() != 1)
            throw OptionChecks.usageError(spec, query == null || query.isEmpty() ? "give one QUERY or @FILE.rq" : "give exactly one QUERY (quote it)");
        String text = queryText(query.get(0));
        Query parsed = new QueryCache(0).parse(text, "https://w3id.org/kz-labour/id/");
        ResultFormat.Kind kind = QueryRunner.kindOf(parsed);
        ResultFormat resultFormat = format(kind);
        ServedStore served = store.open();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        // The search index is built (or, beside a TDB2 database, opened) only for a query that uses text:query.
        DatasetGraph dataset = text.contains(TEXT_NAMESPACE) ? store.searchIndex(served).dataset() : served.dataset();
        new QueryRunner(dataset, served.transactional(), ServicePolicy.refuseAll())
                .run(parsed, resultFormat, timeout.toMillis(), List.of(), List.of(), out);
        out.flush();
        return 0;
    }

    /** The namespace of jena-text's property functions ({@code text:query}). */
    static final String TEXT_NAMESPACE = "http://jena.apache.org/text#";

    private String queryText(String arg) throws IOException {
        if (!arg.startsWith("@"))
            return arg;
        Path file = Path.of(arg.substring(1));
        if (!Files.isReadable(file))
            throw OptionChecks.usageError(spec, "cannot read query file " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private ResultFormat format(ResultFormat.Kind kind) {
        String name = format;
        if (name == null)
            return kind == ResultFormat.Kind.ROWS ? ResultFormat.TEXT : ResultFormat.TURTLE;
        ResultFormat format = FORMATS.get(name);
        if (format == null)
            throw OptionChecks.usageError(spec, "unknown --format " + name + " (one of " + FORMAT_NAMES + ")");
        if (format.kind() != kind)
            throw OptionChecks.usageError(spec, "--format " + name + " does not fit a " + (kind == ResultFormat.Kind.ROWS ? "SELECT/ASK" : "CONSTRUCT/DESCRIBE") + " query");
        return format;
    }
}
