package org.w3id.kzlabour.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3id.kzlabour.export.ExportFormat;
import org.w3id.kzlabour.export.Exporter;
import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.export.TableExport;
import org.w3id.kzlabour.store.ServedStore;

/**
 * {@code export}: writes the whole graph as a dump in one RDF syntax, or ({@code --format csv}) as
 * the analyst tables with their CSV on the Web metadata, for R, Stata and pandas.
 */
final class ExportCommand implements Command {

    /** The --format value that selects the tables rather than an RDF syntax. */
    static final String TABLES = "csv";

    @Override
    public String name() { return "export"; }

    @Override
    public String summary() { return "write the graph as a dump (trig, nquads, turtle, ntriples, jsonld, rdfxml) or as tables (csv)"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg export --format trig|nquads|turtle|ntriples|jsonld|rdfxml [--out FILE] [--data FILE...] [--tdb2 DIR]\n"
             + "Writes the shipped graph (or the given store) to FILE, or to standard output.\n"
             + "       kz-labour-kg export --format csv --out DIR [--data FILE...] [--tdb2 DIR]\n"
             + "Writes the tables (events.csv, claims.csv, organisations.csv, persons.csv, places.csv, sources.csv)\n"
             + "and their codebook csv-metadata.json into DIR; see docs/tables.md.\n"
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
            throw new UsageException("--format is required (" + ExportFormat.names() + ", " + TABLES + ")");
        if (TABLES.equalsIgnoreCase(args.value("format", null)))
            return exportTables(args);
        ExportFormat format;
        try {
            format = ExportFormat.named(args.value("format", null));
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage() + " (or " + TABLES + " for tables)");
        }
        ServedStore store = StoreOptions.open(args);
        if (store.transactional())
            store.dataset().begin(org.apache.jena.query.TxnType.READ);
        try (OutputStream out = open(args.value("out", null))) {
            Exporter.write(store.dataset(), format, out);
        } finally {
            if (store.transactional())
                store.dataset().end();
        }
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
        if (store.transactional())
            store.dataset().begin(org.apache.jena.query.TxnType.READ);
        try {
            TableExport.write(store.dataset(), TableCatalog.shipped(), dir)
                       .forEach((table, rows) -> System.err.println(dir.resolve(table) + ": " + rows + " rows"));
        } finally {
            if (store.transactional())
                store.dataset().end();
        }
        return 0;
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
