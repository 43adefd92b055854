package org.w3id.kzlabour.publish;

import java.util.regex.Pattern;

/**
 * Strict reading of a request path that names a resource under {@code /id/}.
 *
 * <p>The path is checked on the raw request URI, before any decoding: dot segments, encoded
 * slashes or backslashes, percent-escapes, control characters and over-long paths are refused
 * (400) and anything that is not a well-formed identifier is unknown (404). The identifier is only
 * ever bound into a query as an IRI node, never pasted into query text, and never echoed back.
 */
public final class ResourcePath {

    /** Longest path accepted; the graph's identifiers are a few dozen characters. */
    public static final int MAX_LENGTH = 512;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}");

    private ResourcePath() {}

    /**
     * Validates the raw (undecoded) request path, e.g. {@code /id/event/wos-strike-2023}, and
     * returns it unchanged when it is a well-formed resource path.
     */
    public static String validate(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/id/"))
            throw new UnknownResourceException();
        if (rawPath.length() > MAX_LENGTH)
            throw new MalformedPathException("Path too long");
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f)
                throw new MalformedPathException("Control character in path");
        }
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || rawPath.indexOf('\\') >= 0)
            throw new MalformedPathException("Encoded slash in path");
        if (lower.contains("%2e") || rawPath.contains("/./") || rawPath.contains("/../") || rawPath.endsWith("/..") || rawPath.endsWith("/.") || rawPath.contains("//"))
            throw new MalformedPathException("Dot segment or empty segment in path");
        if (rawPath.indexOf('%') >= 0 || rawPath.indexOf(';') >= 0)
            throw new UnknownResourceException();
        String[] segments = rawPath.substring("/id/".length()).split("/", -1);
        if (segments.length == 0 || segments.length > 8)
            throw new UnknownResourceException();
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") )
                throw new UnknownResourceException();
        }
        return rawPath;
    }
}
