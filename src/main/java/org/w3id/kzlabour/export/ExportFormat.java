package org.w3id.kzlabour.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;

/**
 * The dump formats: dataset syntaxes keep named graphs, graph syntaxes write the default graph
 * (which is the union of all graphs when the data came as quads).
 */
public enum ExportFormat {
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQUADS(RDFFormat.NQUADS_UTF8, true),
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, false),
    JSONLD(RDFFormat.JSONLD11_PRETTY, true),
    RDFXML(RDFFormat.RDFXML_PLAIN, false);

    private final RDFFormat format;
    private final boolean dataset;

    ExportFormat(RDFFormat format, boolean dataset) {
        this.format = format;
        this.dataset = dataset;
    }

    public RDFFormat rdfFormat() { return format; }
    public boolean writesDataset() { return dataset; }

    /** The format named on the command line (case-insensitive), or an IllegalArgumentException listing the names. */
    public static ExportFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown format '" + name + "'; one of: " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
