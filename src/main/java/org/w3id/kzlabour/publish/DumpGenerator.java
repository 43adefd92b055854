package org.w3id.kzlabour.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.export.ExportFormat;
import org.w3id.kzlabour.export.Exporter;
import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.export.TableExport;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * Build step (run by the pom in {@code process-classes}): writes the shipped graph as the dumps the
 * server offers at {@code /dumps/}, as the analyst tables with their CSVW metadata (failing the build
 * when a table does not match its metadata), and the previous release's dump with the RDF Patch from
 * it to this graph ({@link Release}), into the classes folder, so they go into the jar.
 *
 * <p>Usage: {@code DumpGenerator OUTPUT_DIR}.
 */
public final class DumpGenerator {

    private static final Map<String, ExportFormat> FORMATS = Map.of(
            "kz-labour.trig", ExportFormat.TRIG,
            "kz-labour.nq", ExportFormat.NQUADS,
            "kz-labour.jsonld", ExportFormat.JSONLD);

    private DumpGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1)
            throw new IllegalArgumentException("usage: DumpGenerator OUTPUT_DIR");
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        DatasetGraph graph = ShippedGraph.load();
        for (var entry : FORMATS.entrySet()) {
            Path file = dir.resolve(entry.getKey());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                Exporter.write(graph, entry.getValue(), out);
            }
            System.out.println("dump: " + file + " (" + Files.size(file) + " bytes)");
        }
        TableExport.write(graph, TableCatalog.shipped(), dir)
                   .forEach((table, rows) -> System.out.println("table: " + dir.resolve(table) + " (" + rows + " rows)"));
        writeReleaseFiles(dir, graph, Release.current());
    }

    /**
     * Beside the dumps: the previous release's dump (kept in the repository) and the RDF Patch from
     * it to this release's graph, so both are served under {@code /dumps/}.
     */
    static void writeReleaseFiles(Path dir, DatasetGraph graph, Release release) throws IOException {
        if (release.previousVersion() == null)
            return;
        Path previous = dir.resolve(release.previousDumpFileName());
        try (InputStream in = open(release.previousDumpResource())) {
            Files.copy(in, previous, StandardCopyOption.REPLACE_EXISTING);
        }
        DatasetGraph before;
        try (InputStream in = Files.newInputStream(previous)) {
            before = ReleasePatch.readDump(in);
        }
        ReleasePatch.Diff diff = ReleasePatch.diff(before, graph);
        Path patch = dir.resolve(release.patchFileName());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(patch))) {
            ReleasePatch.write(diff, release, out);
        }
        System.out.println("patch: " + patch + " (" + diff.deleted().size() + " deleted, " + diff.added().size() + " added, "
                + Files.size(patch) + " bytes)");
    }

    private static InputStream open(String resource) {
        InputStream in = DumpGenerator.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("Missing " + resource + ": keep the previous release's dump in release/ (docs/releases.md)");
        return in;
    }
}
