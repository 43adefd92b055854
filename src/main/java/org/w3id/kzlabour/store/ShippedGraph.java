package org.w3id.kzlabour.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * The knowledge graph as shipped: every RDF file of {@code ontology/} and {@code data/}.
 *
 * <p>The build copies both folders into the jar under {@code kg/}, so {@code java -jar} serves the
 * graph from any working directory; the folders in the repository stay the single place they are
 * edited. Files are read in name order so that every start loads the same graph.
 */
public final class ShippedGraph {

    /** Folder inside the jar (and inside {@code target/classes}) that holds the shipped copy. */
    public static final String RESOURCE_ROOT = "kg";
    private static final List<String> FOLDERS = List.of("ontology", "data");

    private ShippedGraph() {}

    /** Loads the shipped ontology and data into a fresh, read-only in-memory dataset ({@link CompactGraph}). */
    public static DatasetGraph load() {
        CompactDatasetBuilder builder = new CompactDatasetBuilder();
        for (ShippedFile file : files())
            file.parseInto(builder);
        return builder.build();
    }

    /** The shipped RDF files, ontology first, each folder in name order. */
    public static List<ShippedFile> files() {
        List<ShippedFile> files = new ArrayList<>();
        for (String folder : FOLDERS)
            files.addAll(filesIn(folder));
        return files;
    }

    /** Opens a shipped resource by its path below {@code kg/}, e.g. {@code ontology/kz-labour.ttl}. */
    public static InputStream open(String relativePath) {
        InputStream in = ShippedGraph.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + "/" + relativePath);
        if (in == null)
            throw new IllegalStateException("Not in the jar: " + RESOURCE_ROOT + "/" + relativePath);
        return in;
    }

    /**
     * A shipped folder below {@code kg/} (e.g. {@code queries/examples}) as a path, inside the jar or
     * in {@code target/classes}; null when the build shipped no such folder.
     */
    public static Path folder(String relativePath) throws IOException {
        URL url = ShippedGraph.class.getClassLoader().getResource(RESOURCE_ROOT + "/" + relativePath);
        if (url == null)
            return null;
        try {
            URI uri = url.toURI();
            return "jar".equals(uri.getScheme()) ? jarFileSystem(uri).getPath(RESOURCE_ROOT, relativePath) : Path.of(uri);
        } catch (URISyntaxException ex) {
            throw new IOException(ex);
        }
    }

    private static List<ShippedFile> filesIn(String folder) {
        try {
            Path dir = folder(folder);
            return dir == null ? List.of() : list(dir, folder);
        } catch (IOException ex) {
            throw new IllegalStateException("Cannot list the shipped folder " + folder + ": " + ex.getMessage(), ex);
        }
    }

    /** The jar's file system, opened once for the whole process (a second open of the same jar fails). */
    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException ex) {
            try {
                return FileSystems.newFileSystem(uri, Collections.emptyMap());
            } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }

    private static List<ShippedFile> list(Path dir, String folder) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                        .filter(p -> isRdf(p.getFileName().toString()))
                        .map(p -> new ShippedFile(folder + "/" + dir.relativize(p).toString().replace('\\', '/'), p))
                        .sorted((a, b) -> a.name().compareTo(b.name()))
                        .toList();
        }
    }

    /** An RDF syntax by its extension; other files shipped beside (the .tsv allow-list of Wikidata properties) are not graph data. */
    private static boolean isRdf(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(fileName);
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang));
    }

    /** One shipped RDF file: its name relative to the project root and where the jar keeps it. */
    public record ShippedFile(String name, Path path) {
        /**
         * Parses this file into a dataset (its syntax chosen by the file extension).
         */
        public void parseInto(DatasetGraph dsg) {
            parseInto(StreamRDFLib.dataset(dsg));
        }

        /**
         * Parses this file into a stream of triples (its syntax chosen by the file extension). Blank
         * nodes get labels seeded by the file's name, not Jena's random seed, so that every build writes
         * the same bytes into the dumps and the checksums a release publishes hold for a rebuild.
         */
        public void parseInto(StreamRDF sink) {
            Lang lang = RDFLanguages.filenameToLang(name);
            UUID seed = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(path)) {
                RDFParser.source(in).lang(lang).base(null).labelToNode(LabelToNode.createScopeByDocumentHash(seed)).parse(sink);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } catch (RuntimeException ex) {
                throw new StoreException(name + ": " + ex.getMessage(), ex);
            }
        }
    }
}
