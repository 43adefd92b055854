package org.w3id.kzlabour.export;

import java.io.OutputStream;

import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset as a dump in one format, with the project's prefixes, so a researcher can load
 * the graph into any other RDF tool.
 */
public final class Exporter {

    private Exporter() {}

    public static void write(DatasetGraph dataset, ExportFormat format, OutputStream out) {
        if (format.writesDataset()) {
            RDFWriter.source(dataset).format(format.rdfFormat()).output(out);
        } else {
            RDFWriter.source(dataset.getDefaultGraph()).format(format.rdfFormat()).output(out);
        }
    }
}
