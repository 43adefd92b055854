package org.w3id.kzlabour.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Loads every {@code *.ttl} file of one or more folders into a single model.
 *
 * <p>Why: the ontology, the shapes, the Wikidata allow-list and the instance data are each split over
 * several Turtle files, and every check (shapes, quality queries) must see their union, not one file.
 * A file that does not parse is reported with its name, because Jena's tokenizer can throw unchecked
 * exceptions other than {@code RiotException} on malformed input (for example {@code :%}).
 */
public final class TurtleFolderLoader {

    private TurtleFolderLoader() {
    }

    /**
     * Lists the Turtle files directly inside a folder, sorted by name; a missing folder has none.
     */
    public static List<Path> turtleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TurtleLoadException("cannot list " + folder, e);
        }
    }

    /**
     * Parses one Turtle file into a new model.
     *
     * @throws TurtleLoadException naming the file when it cannot be read or parsed
     */
    public static Model load(Path file) {
        Model model = ModelFactory.createDefaultModel();
        loadInto(model, file);
        return model;
    }

    /**
     * Parses every Turtle file of the given folders into one model (missing folders are skipped).
     *
     * @throws TurtleLoadException naming the first file that cannot be read or parsed
     */
    public static Model loadFolders(Path... folders) {
        Model model = ModelFactory.createDefaultModel();
        for (Path folder : folders) {
            for (Path file : turtleFiles(folder)) {
                loadInto(model, file);
            }
        }
        return model;
    }

    private static void loadInto(Model model, Path file) {
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        } catch (RuntimeException e) {
            throw new TurtleLoadException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }
}
