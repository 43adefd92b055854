package org.w3id.kzlabour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.query.QueryCache;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ResultFormat;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.store.ServedStore;

/** {@code query}: runs one SPARQL query on the shipped graph (or --data / --tdb2) and prints the result. */
final class QueryCommand implements Command {

    private static final Map<String, ResultFormat> FORMATS = Map.ofEntries(
            Map.entry("table", ResultFormat.TEXT), Map.entry("csv", ResultFormat.CSV), Map.entry("tsv", ResultFormat.TSV),
            Map.entry("json", ResultFormat.JSON), Map.entry("xml", ResultFormat.XML), Map.entry("turtle", ResultFormat.TURTLE),
            Map.entry("ntriples", ResultFormat.NTRIPLES), Map.entry("jsonld", ResultFormat.JSONLD), Map.entry("rdfxml", ResultFormat.RDFXML));

    @Override
    public String name() { return "query"; }

    @Override
    public String summary() { return "run a SPARQL query and print the result"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg query QUERY|@FILE.rq [--format table|csv|tsv|json|xml|turtle|ntriples|jsonld|rdfxml]\n"
             + "                          [--data FILE...] [--tdb2 DIR] [--timeout SECONDS]\n"
             + "Runs the query on the shipped graph; SELECT/ASK default to table, CONSTRUCT/DESCRIBE to turtle.\n"
             + StoreOptions.USAGE
             + "  --timeout S   stop the query after S seconds (default 60)\n";
    }

    @Override
    public int run(List<String> argv) throws IOException {
        Set<String> valued = new HashSet<>(Set.of("format", "timeout"));
        valued.addAll(StoreOptions.VALUED);
        Arguments args = Arguments.parse(argv, valued, StoreOptions.LISTED, Set.of());
        if (args.positional().size() != 1)
            throw new UsageException(args.positional().isEmpty() ? "give one QUERY or @FILE.rq" : "give exactly one QUERY (quote it)");
        String text = queryText(args.positional().get(0));
        Query query = new QueryCache(0).parse(text, "https://w3id.org/kz-labour/id/");
        ResultFormat.Kind kind = QueryRunner.kindOf(query);
        ResultFormat format = format(args.value("format", null), kind);
        long timeout = (long) (args.secondsValue("timeout", 60) * 1000);
        ServedStore store = StoreOptions.open(args);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        // The search index is built (or, beside a TDB2 database, opened) only for a query that uses text:query.
        DatasetGraph dataset = text.contains(TEXT_NAMESPACE) ? StoreOptions.searchIndex(args, store).dataset() : store.dataset();
        new QueryRunner(dataset, store.transactional(), ServicePolicy.refuseAll())
                .run(query, format, timeout, List.of(), List.of(), out);
        out.flush();
        return 0;
    }

    /** The namespace of jena-text's property functions ({@code text:query}). */
    static final String TEXT_NAMESPACE = "http://jena.apache.org/text#";

    private static String queryText(String arg) throws IOException {
        if (!arg.startsWith("@"))
            return arg;
        Path file = Path.of(arg.substring(1));
        if (!Files.isReadable(file))
            throw new UsageException("cannot read query file " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static ResultFormat format(String name, ResultFormat.Kind kind) {
        if (name == null)
            return kind == ResultFormat.Kind.ROWS ? ResultFormat.TEXT : ResultFormat.TURTLE;
        ResultFormat format = FORMATS.get(name);
        if (format == null)
            throw new UsageException("unknown --format " + name);
        if (format.kind() != kind)
            throw new UsageException("--format " + name + " does not fit a " + (kind == ResultFormat.Kind.ROWS ? "SELECT/ASK" : "CONSTRUCT/DESCRIBE") + " query");
        return format;
    }
}
