package org.w3id.kzlabour.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.export.ExportFormat;
import org.w3id.kzlabour.export.Exporter;
import org.w3id.kzlabour.export.QuickStatementsExport;
import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.export.TableExport;
import org.w3id.kzlabour.store.ServedStore;

/**
 * {@code export}: writes the whole graph as a dump in one RDF syntax, ({@code --format csv}) as the
 * analyst tables with their CSV on the Web metadata, for R, Stata and pandas, or
 * ({@code --format quickstatements}) as a QuickStatements batch that gives sourced facts to Wikidata.
 */
final class ExportCommand implements Command {

    /** The --format value that selects the tables rather than an RDF syntax. */
    static final String TABLES = "csv";
    private static final String QUICKSTATEMENTS = "quickstatements";

    @Override
    public String name() { return "export"; }

    @Override
    public String summary() { return "write the graph as a dump (trig, nquads, turtle, ntriples, jsonld, rdfxml), as tables (csv) or for Wikidata (quickstatements)"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg export --format trig|nquads|turtle|ntriples|jsonld|rdfxml [--out FILE] [--data FILE...] [--tdb2 DIR]\n"
             + "   or: kz-labour-kg export --format csv --out DIR [--data FILE...] [--tdb2 DIR]\n"
             + "   or: kz-labour-kg export --format quickstatements [--out FILE] [--data FILE...] [--tdb2 DIR]\n"
             + "Writes the shipped graph (or the given store) to FILE, or to standard output.\n"
             + "csv: the tables (events.csv, claims.csv, organisations.csv, persons.csv, places.csv, sources.csv)\n"
             + "     and their codebook csv-metadata.json, into DIR; see docs/tables.md.\n"
             + "quickstatements: a QuickStatements v1 batch for Wikidata (docs/wikidata.md); what it leaves out is listed on stderr.\n"
             + StoreOptions.USAGE;
    }

    @Override
    public int run(List<String> argv) throws IOException {
        Set<String> valued = new HashSet<>(Set.of("format", "out"));
        valued.addAll(StoreOptions.VALUED);
        Arguments args = Arguments.parse(argv, valued, StoreOptions.LISTED, Set.of());
        if (!args.positional().isEmpty())
            throw new UsageException("unexpected argument: " + args.positional().get(0));
        if (!args.has("format"))
            throw new UsageException("--format is required (" + ExportFormat.names() + ", " + TABLES + ", " + QUICKSTATEMENTS + ")");
        String formatName = args.value("format", null);
        if (TABLES.equalsIgnoreCase(formatName))
            return exportTables(args);
        if (QUICKSTATEMENTS.equalsIgnoreCase(formatName))
            return exportToFile(args, (dataset, out) -> QuickStatementsExport.write(dataset, out, System.err));
        ExportFormat format;
        try {
            format = ExportFormat.named(formatName);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage() + " (or " + TABLES + " for tables, " + QUICKSTATEMENTS + " for Wikidata)");
        }
        return exportToFile(args, (dataset, out) -> Exporter.write(dataset, format, out));
    }

    /** One way of writing the dataset to a stream. */
    private interface StreamExport {
        void write(DatasetGraph dataset, OutputStream out) throws IOException;
    }

    /** One way of writing the dataset into a folder. */
    private interface FolderExport {
        void write(DatasetGraph dataset) throws IOException;
    }

    private static int exportToFile(Arguments args, StreamExport export) throws IOException {
        ServedStore store = StoreOptions.open(args);
        inReadTransaction(store, dataset -> {
            try (OutputStream out = open(args.value("out", null))) {
                export.write(dataset, out);
            }
        });
        return 0;
    }

    /** Writes the tables into the --out folder and reports their row counts on standard error. */
    private static int exportTables(Arguments args) throws IOException {
        String out = args.value("out", null);
        if (out == null)
            throw new UsageException("--format csv needs --out DIR (one file per table)");
        Path dir = Path.of(out);
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new UsageException("--out must be a folder for --format csv: " + out + " is a file");
        ServedStore store = StoreOptions.open(args);
        inReadTransaction(store, dataset -> TableExport.write(dataset, TableCatalog.shipped(), dir)
                .forEach((table, rows) -> System.err.println(dir.resolve(table) + ": " + rows + " rows")));
        return 0;
    }

    /** A persistent store is read inside one read transaction; an in-memory one needs none. */
    private static void inReadTransaction(ServedStore store, FolderExport action) throws IOException {
        if (store.transactional())
            store.dataset().begin(TxnType.READ);
        try {
            action.write(store.dataset());
        } finally {
            if (store.transactional())
                store.dataset().end();
        }
    }

    private static OutputStream open(String file) throws IOException {
        if (file == null)
            return new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        Path path = Path.of(file);
        if (path.getParent() != null)
            Files.createDirectories(path.getParent());
        return new BufferedOutputStream(Files.newOutputStream(path));
    }
}
