package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The example queries shipped in the jar ({@code kg/queries/examples/*.rq}), each with the title
 * and description of its header comment, offered one click away in the query editor and listed on
 * the landing page.
 */
public final class ExampleQueries {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleQueries.class);
    private static final String FOLDER = "queries/examples";

    /** One example: file name without extension, title, description (may be empty), query text. */
    public record Example(String name, String title, String description, String text) {}

    private ExampleQueries() {}

    /** The shipped examples in file-name order (none when the jar has no examples folder). */
    public static List<Example> shipped() {
        try {
            Path dir = ShippedGraph.folder(FOLDER);
            if (dir == null)
                return List.of();
            return read(dir);
        } catch (Exception ex) {
            LOG.warn("Cannot read the example queries: {}", ex.toString());
            return List.of();
        }
    }

    /** Reads every {@code .rq} file of a folder. */
    public static List<Example> read(Path dir) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList())
                examples.add(parse(file.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return examples;
    }

    /** Title from the first {@code # Title:} line, description from the comment lines after it. */
    static Example parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        boolean inHeader = true;
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!inHeader || !stripped.startsWith("#")) {
                inHeader = false;
                continue;
            }
            String comment = stripped.substring(1).strip();
            if (comment.regionMatches(true, 0, "Title:", 0, 6))
                title = comment.substring(6).strip();
            else if (!comment.isEmpty())
                description.append(description.isEmpty() ? "" : " ").append(comment);
        }
        return new Example(name, title, description.toString(), text);
    }
}
