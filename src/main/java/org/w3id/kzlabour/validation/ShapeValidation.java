package org.w3id.kzlabour.validation;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;

/**
 * Validates instance data against the project's SHACL shapes ({@code ontology/shapes.ttl}).
 *
 * <p>Why: the ontology's domains and ranges only let a reasoner infer; they do not reject data
 * that lacks a source, a quote or a date precision. The shapes state what every event, claim,
 * agent and source document must carry so that a researcher can cite it, and this class turns
 * Jena's SHACL report into readable violations.
 *
 * <p>Validate the union of ontology and data: some shapes look up terms of the ontology (the
 * concept scheme of a claim status, the subclasses of {@code kzl:Event}).
 */
public final class ShapeValidation {

    private final Shapes shapes;

    private ShapeValidation(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Reads the shapes from a Turtle file. */
    public static ShapeValidation fromFile(Path shapesFile) {
        return new ShapeValidation(Shapes.parse(TurtleFolderLoader.load(shapesFile).getGraph()));
    }

    /** Uses shapes already parsed into a graph. */
    public static ShapeValidation fromGraph(Graph shapesGraph) {
        return new ShapeValidation(Shapes.parse(shapesGraph));
    }

    /** Number of shapes that have targets, which a test can use to make sure shapes were found at all. */
    public int targetShapeCount() {
        return shapes.numRootShapes();
    }

    /** Validates a graph and returns Jena's full report. */
    public ValidationReport report(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** Validates a graph and returns its violations, sorted, empty when the graph conforms. */
    public List<ShapeViolation> violations(Graph data) {
        ValidationReport report = report(data);
        PrefixMapping prefixes = prefixesOf(data);
        return report.getEntries().stream()
                .map(entry -> toViolation(entry, prefixes))
                .sorted(Comparator.comparing(ShapeViolation::toString))
                .toList();
    }

    /** Validates the graph of a model. */
    public List<ShapeViolation> violations(Model data) {
        return violations(data.getGraph());
    }

    private static PrefixMapping prefixesOf(Graph data) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefixes(data.getPrefixMapping());
        return prefixes;
    }

    private static ShapeViolation toViolation(ReportEntry entry, PrefixMapping prefixes) {
        return new ShapeViolation(
                shortForm(entry.focusNode(), prefixes),
                entry.resultPath() == null ? "" : entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)),
                shortForm(entry.value(), prefixes),
                entry.message() == null ? "" : entry.message(),
                entry.severity() == null ? "" : entry.severity().level().getLocalName(),
                shortForm(entry.source(), prefixes));
    }

    private static String shortForm(Node node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return prefixes.shortForm(node.getURI());
        }
        if (node.isBlank()) {
            return "[]";
        }
        return node.toString();
    }
}
