package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Parsed queries by shape: the query text with its absolute IRIs taken out.
 *
 * <p>Entity pages and notebooks send the same query again and again with a different IRI each
 * time, so a cache keyed by exact text never hits and every request pays the SPARQL parser, about
 * a third of a point lookup. Here the IRIs in the query body become numbered slots; the first query
 * of a shape is parsed twice (as written, and with slot IRIs) and the shape is only kept if putting
 * the IRIs back into the slot version gives exactly the query the parser produced, both as a
 * structure and as text. Later queries of that shape are built by substituting their IRIs, with no
 * parsing. Shapes whose IRIs sit where substitution is not the same as parsing (a datatype, a
 * function name, a PREFIX, FROM, SERVICE) fail that check or are not taken out at all, and are
 * parsed as before. The map is bounded: it is cleared when full.
 */
final class QueryTemplateCache {

    /** A shape that failed the check: parse queries of this shape as written. */
    private static final Template UNUSABLE = new Template(null, null);

    private final ConcurrentHashMap<String, Template> shapes = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final BiFunction<String, String, Query> parser;
    private final String slotPrefix = "urn:x-kz-slot:" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ":";

    /** @param parser parses text against a base IRI, throwing {@link QueryRejectedException} for bad queries */
    QueryTemplateCache(int maxEntries, BiFunction<String, String, Query> parser) {
        this.maxEntries = maxEntries;
        this.parser = parser;
    }

    /**
     * The parsed query, built from a known shape when there is one; null when the text has no
     * IRI to take out or its shape is known to be unusable (the caller then parses it as written).
     *
     * @param asWritten parses (and may keep) the text as written, for the first query of a shape
     */
    Query parse(String text, String baseIri, BiFunction<String, String, Query> asWritten) {
        Shape shape = Shape.of(text, slotPrefix);
        if (shape == null)
            return null;
        Template template = shapes.get(shape.key());
        if (template == UNUSABLE)
            return null;
        if (template != null && template.baseIri.equals(baseIri))
            return template.instantiate(shape.iris(), slotPrefix);
        Query parsed = asWritten.apply(text, baseIri);
        if (shapes.size() >= maxEntries)
            shapes.clear();
        shapes.put(shape.key(), check(shape, parsed, baseIri));
        return parsed;
    }

    /** How many shapes passed the check (for tests). */
    int usableShapes() {
        return (int) shapes.values().stream().filter(t -> t != UNUSABLE).count();
    }

    private Template check(Shape shape, Query asWritten, String baseIri) {
        try {
            Query slotted = parser.apply(shape.key(), baseIri);
            Template template = new Template(slotted, baseIri);
            Query rebuilt = template.instantiate(shape.iris(), slotPrefix);
            String text = rebuilt.toString();
            if (rebuilt.equals(asWritten) && text.equals(asWritten.toString()) && !text.contains(slotPrefix))
                return template;
        } catch (RuntimeException ex) {
            // the slot version does not parse or cannot be substituted: not a usable shape
        }
        return UNUSABLE;
    }

    /** A parsed query with slot IRIs, shared read-only by all requests of its shape. */
    private record Template(Query slotted, String baseIri) {
        Query instantiate(List<String> iris, String slotPrefix) {
            Node[] nodes = new Node[iris.size()];
            for (int i = 0; i < nodes.length; i++)
                nodes[i] = NodeFactory.createURI(iris.get(i));
            Query query = QueryTransformOps.transform(slotted, node -> {
                if (node.isURI()) {
                    String uri = node.getURI();
                    if (uri.startsWith(slotPrefix))
                        return nodes[Integer.parseInt(uri, slotPrefix.length(), uri.length(), 10)];
                }
                return node;
            });
            query.getResultVars();
            query.getProjectVars();
            return query;
        }
    }

    /**
     * The text with each absolute http(s) IRI of the query body replaced by a numbered slot IRI,
     * and the IRIs taken out. Only IRIs whose text the parser keeps as it is are taken out (no
     * percent-escapes, dot segments, ports or upper-case hosts), and none that follow a prefix
     * name, {@code ^^}, BASE, FROM, NAMED or SERVICE, or that name a function.
     */
    record Shape(String key, List<String> iris) {

        static Shape of(String text, String slotPrefix) {
            StringBuilder key = null;
            List<String> iris = null;
            int copied = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '#') {
                    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r')
                        i++;
                } else if (c == '"' || c == '\'') {
                    i = skipString(text, i) - 1;
                } else if (c == '<') {
                    int end = iriEnd(text, i);
                    if (end < 0)
                        continue;
                    if (isPlainAbsolute(text, i + 1, end) && takesSlot(text, i, end)) {
                        if (key == null) {
                            key = new StringBuilder(n + 64);
                            iris = new ArrayList<>(4);
                        }
                        key.append(text, copied, i + 1).append(slotPrefix).append(iris.size());
                        iris.add(text.substring(i + 1, end));
                        copied = end;
                    }
                    i = end;
                }
            }
            if (key == null)
                return null;
            key.append(text, copied, n);
            return new Shape(key.toString(), iris);
        }

        /** Index just after a string literal starting at {@code start} (short or long form). */
        private static int skipString(String text, int start) {
            char q = text.charAt(start);
            int n = text.length();
            boolean isLong = start + 2 < n && text.charAt(start + 1) == q && text.charAt(start + 2) == q;
            int i = start + (isLong ? 3 : 1);
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == q && (!isLong || (i + 2 < n && text.charAt(i + 1) == q && text.charAt(i + 2) == q))) {
                    return i + (isLong ? 3 : 1);
                } else {
                    i++;
                }
            }
            return n;
        }

        /** Index of the '>' closing an IRIREF that starts at {@code start}, or -1 if this '<' is not one. */
        private static int iriEnd(String text, int start) {
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '>')
                    return i;
                if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\')
                    return -1;
            }
            return -1;
        }

        private static boolean isPlainAbsolute(String text, int from, int to) {
            int hostStart;
            if (text.startsWith("https://", from))
                hostStart = from + 8;
            else if (text.startsWith("http://", from))
                hostStart = from + 7;
            else
                return false;
            int i = hostStart;
            while (i < to && text.charAt(i) != '/') {
                char c = text.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
                    return false;
                i++;
            }
            if (i == hostStart || i == to)
                return false; // no host, or no path: left to the parser
            for (; i < to; i++) {
                char c = text.charAt(i);
                boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "-_~/?#=&;:@!$*+,".indexOf(c) >= 0 || (c == '.' && text.charAt(i - 1) != '/');
                if (!allowed)
                    return false;
            }
            return true;
        }

        private static boolean takesSlot(String text, int open, int close) {
            int after = close + 1;
            while (after < text.length() && Character.isWhitespace(text.charAt(after)))
                after++;
            if (after < text.length() && text.charAt(after) == '(')
                return false; // a function call
            int before = open - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before)))
                before--;
            if (before < 0)
                return true;
            char p = text.charAt(before);
            if (p == ':' || p == '^')
                return false; // PREFIX p: <iri>, or a datatype
            int wordEnd = before + 1;
            while (before >= 0 && Character.isLetter(text.charAt(before)))
                before--;
            String word = text.substring(before + 1, wordEnd).toUpperCase(Locale.ROOT);
            return !(word.equals("BASE") || word.equals("FROM") || word.equals("NAMED") || word.equals("SERVICE"));
        }
    }
}
