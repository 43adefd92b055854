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
import org.w3id.kzlabour.export.QuickStatementsExport;
import org.w3id.kzlabour.store.ServedStore;

/** {@code export}: writes the whole graph as a dump in one RDF syntax. */
final class ExportCommand implements Command {

    private static final String QUICKSTATEMENTS = "quickstatements";

    @Override
    public String name() { return "export"; }

    @Override
    public String summary() { return "write the graph as a dump (trig, nquads, turtle, ntriples, jsonld, rdfxml)"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg export --format trig|nquads|turtle|ntriples|jsonld|rdfxml [--out FILE] [--data FILE...] [--tdb2 DIR]\n"
             + "   or: kz-labour-kg export --format quickstatements [--out FILE] [--data FILE...] [--tdb2 DIR]\n"
             + "Writes the shipped graph (or the given store) to FILE, or to standard output.\n"
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
            throw new UsageException("--format is required (" + ExportFormat.names() + ", " + QUICKSTATEMENTS + ")");
        if (QUICKSTATEMENTS.equalsIgnoreCase(args.value("format", null)))
            return exportQuickStatements(args);
        ExportFormat format;
        try {
            format = ExportFormat.named(args.value("format", null));
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
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

    private static int exportQuickStatements(Arguments args) throws IOException {
        ServedStore store = StoreOptions.open(args);
        if (store.transactional())
            store.dataset().begin(org.apache.jena.query.TxnType.READ);
        try (OutputStream out = open(args.value("out", null))) {
            QuickStatementsExport.write(store.dataset(), out, System.err);
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
