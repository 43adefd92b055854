package org.w3id.kzlabour.validation;

/**
 * One SHACL validation result in a form people can read.
 *
 * <p>Why: Jena's report is an RDF graph; test failures and build logs need one line per problem
 * that names the resource, the property and what is wrong.
 *
 * @param focusNode the resource that fails a shape
 * @param path      the property path of the failing constraint, or empty for node constraints
 * @param value     the offending value, or empty
 * @param message   the constraint's message
 * @param severity  the SHACL severity (Violation, Warning, Info)
 * @param shape     the shape that produced the result
 */
public record ShapeViolation(String focusNode, String path, String value, String message, String severity,
        String shape) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(severity).append(": ").append(focusNode);
        if (!path.isEmpty()) {
            text.append(" ").append(path);
        }
        if (!value.isEmpty()) {
            text.append(" = ").append(value);
        }
        return text.append(": ").append(message).append(" [").append(shape).append("]").toString();
    }
}
