package org.w3id.kzlabour.export;

import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The datatype of a column as CSVW declares it ({@code "datatype": "integer"} or
 * {@code {"base": "string", "format": "^...$"}}), and whether a cell value parses as it.
 *
 * <p>Only the types the tables use are accepted, so a typo in the metadata is an error at load time
 * rather than a column nothing checks.
 */
public record ColumnType(String base, String format) {

    /** The CSVW built-in types the tables use; for {@code string} the format is a regular expression. */
    public static final Set<String> SUPPORTED = Set.of("anyURI", "string", "integer", "decimal", "duration");

    public ColumnType {
        if (!SUPPORTED.contains(base))
            throw new IllegalArgumentException("unsupported CSVW datatype '" + base + "'; one of " + SUPPORTED);
        if (format != null && !base.equals("string"))
            throw new IllegalArgumentException("a format is only supported on string columns, not on " + base);
        if (format != null)
            Pattern.compile(format);
    }

    /** True when one (non-empty) value is of this type. */
    public boolean accepts(String value) {
        return switch (base) {
            case "anyURI" -> isAbsoluteIri(value);
            case "string" -> format == null || Pattern.compile(format).matcher(value).matches();
            case "integer" -> XSDDatatype.XSDinteger.isValid(value);
            case "decimal" -> XSDDatatype.XSDdecimal.isValid(value);
            case "duration" -> XSDDatatype.XSDduration.isValid(value);
            default -> false;
        };
    }

    /** How the codebook names the type, e.g. {@code string matching ^(day|month|year)$}. */
    public String describe() {
        return format == null ? base : base + " matching " + format;
    }

    /** An IRI with a scheme (a fragment is allowed, unlike RFC 3986 absolute-URI). */
    private static boolean isAbsoluteIri(String value) {
        try {
            return IRIx.create(value).isReference();
        } catch (IRIException ex) {
            return false;
        }
    }
}
