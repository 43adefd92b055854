package org.w3id.kzlabour.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.export.ExportFormat;
import org.w3id.kzlabour.export.Exporter;
import org.w3id.kzlabour.export.QuickStatementsExport;
import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.export.TableExport;
import org.w3id.kzlabour.store.ServedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the whole graph as a dump in one RDF syntax, ({@code --format csv}) as the
 * analyst tables with their CSV on the Web metadata, for R, Stata and pandas, or
 * ({@code --format quickstatements}) as a QuickStatements batch that gives sourced facts to Wikidata.
 */
@Command(name = "export",
         description = {
             "write the graph as a dump (trig, nquads, turtle, ntriples, jsonld, rdfxml), as tables (csv) or for Wikidata (quickstatements)",
             "Writes the shipped graph (or the --data files, or the --tdb2 database) as a",
             "dump, as tables or as a batch for Wikidata, to FILE (standard output without",
             "--out):",
             "  export --format trig|nquads|turtle|ntriples|jsonld|rdfxml [--out FILE]",
             "  export --format csv --out DIR",
             "  export --format quickstatements [--out FILE]",
             "csv: the tables events.csv, claims.csv, organisations.csv, persons.csv,",
             "     places.csv, sources.csv and their codebook csv-metadata.json, into DIR;",
             "     see docs/tables.md.",
             "quickstatements: a QuickStatements v1 batch for Wikidata (docs/wikidata.md);",
             "     what it leaves out is listed on stderr."})
final class ExportCommand implements Callable<Integer> {

    /** The --format value that selects the tables rather than an RDF syntax. */
    static final String TABLES = "csv";
    private static final String QUICKSTATEMENTS = "quickstatements";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "trig, nquads, turtle, ntriples, jsonld, rdfxml, csv or quickstatements (required)")
    String format;

    @Option(names = "--out", paramLabel = "FILE|DIR", description = "where to write (default: standard output; a folder for csv)")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (format == null)
            throw OptionChecks.usageError(spec, "--format is required (" + ExportFormat.names() + ", " + TABLES + ", " + QUICKSTATEMENTS + ")");
        if (TABLES.equalsIgnoreCase(format))
            return exportTables();
        if (QUICKSTATEMENTS.equalsIgnoreCase(format))
            return exportToFile((dataset, stream) -> QuickStatementsExport.write(dataset, stream, System.err));
        ExportFormat syntax;
        try {
            syntax = ExportFormat.named(format);
        } catch (IllegalArgumentException ex) {
            throw OptionChecks.usageError(spec, ex.getMessage() + " (or " + TABLES + " for tables, " + QUICKSTATEMENTS + " for Wikidata)");
        }
        return exportToFile((dataset, stream) -> Exporter.write(dataset, syntax, stream));
    }

    /** One way of writing the dataset to a stream. */
    private interface StreamExport {
        void write(DatasetGraph dataset, OutputStream out) throws IOException;
    }

    /** One way of writing the dataset into a folder. */
    private interface FolderExport {
        void write(DatasetGraph dataset) throws IOException;
    }

    private int exportToFile(StreamExport export) throws IOException {
        inReadTransaction(store.open(), dataset -> {
            try (OutputStream stream = open(out)) {
                export.write(dataset, stream);
            }
        });
        return 0;
    }

    /** Writes the tables into the --out folder and reports their row counts on standard error. */
    private int exportTables() throws IOException {
        if (out == null)
            throw OptionChecks.usageError(spec, "--format csv needs --out DIR (one file per table)");
        Path dir = out;
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw OptionChecks.usageError(spec, "--out must be a folder for --format csv: " + out + " is a file");
        inReadTransaction(store.open(), dataset -> TableExport.write(dataset, TableCatalog.shipped(), dir)
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

    private static OutputStream open(Path path) throws IOException {
        if (path == null)
            return new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        if (path.getParent() != null)
            Files.createDirectories(path.getParent());
        return new BufferedOutputStream(Files.newOutputStream(path));
    }
}
