package org.w3id.kzlabour.query;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The result syntaxes the endpoint speaks, with the media types that select them.
 *
 * <p>Rows (SELECT, ASK) and graphs (CONSTRUCT, DESCRIBE) have separate sets; the first media type
 * of each is the one sent in {@code Content-Type}, the others are accepted aliases.
 */
public enum ResultFormat {
    JSON(Kind.ROWS, "json", ResultSetLang.RS_JSON, null, "application/sparql-results+json", "application/json"),
    XML(Kind.ROWS, "xml", ResultSetLang.RS_XML, null, "application/sparql-results+xml", "application/xml", "text/xml"),
    CSV(Kind.ROWS, "csv", ResultSetLang.RS_CSV, null, "text/csv"),
    TSV(Kind.ROWS, "tsv", ResultSetLang.RS_TSV, null, "text/tab-separated-values"),
    TEXT(Kind.ROWS, "text", ResultSetLang.RS_Text, null, "text/plain"),
    TURTLE(Kind.GRAPH, "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "text/turtle", "application/x-turtle"),
    NTRIPLES(Kind.GRAPH, "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, "application/n-triples", "text/plain"),
    JSONLD(Kind.GRAPH, "jsonld", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY, "application/ld+json", "application/json"),
    RDFXML(Kind.GRAPH, "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY, "application/rdf+xml", "application/xml", "text/xml");

    /** What a query form returns: rows and booleans, or a graph. */
    public enum Kind { ROWS, GRAPH }

    private final Kind kind;
    private final String shortName;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final List<String> mediaTypes;

    ResultFormat(Kind kind, String shortName, Lang lang, RDFFormat rdfFormat, String... mediaTypes) {
        this.kind = kind;
        this.shortName = shortName;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.mediaTypes = List.of(mediaTypes);
    }

    public Kind kind() { return kind; }
    public String shortName() { return shortName; }
    public Lang lang() { return lang; }
    /** The writer format for graph results; null for row formats. */
    public RDFFormat rdfFormat() { return rdfFormat; }
    public List<String> mediaTypes() { return mediaTypes; }

    /** The value of the Content-Type header for this format. */
    public String contentType() {
        String type = mediaTypes.get(0);
        return type.startsWith("text/") || type.endsWith("json") ? type + "; charset=utf-8" : type;
    }

    /** The formats of one kind, the default first. */
    public static List<ResultFormat> of(Kind kind) {
        return java.util.Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }
}
