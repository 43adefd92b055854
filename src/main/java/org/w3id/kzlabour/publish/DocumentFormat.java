package org.w3id.kzlabour.publish;

import java.util.List;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a published resource: four RDF syntaxes and an HTML page.
 *
 * <p>The first media type of each is sent as Content-Type; the others are accepted aliases. The
 * short name is the value of the {@code ?format=} override.
 */
public enum DocumentFormat {
    TURTLE("ttl", RDFFormat.TURTLE_PRETTY, "text/turtle", "application/x-turtle"),
    NTRIPLES("nt", RDFFormat.NTRIPLES_UTF8, "application/n-triples", "text/plain"),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, "application/ld+json", "application/json"),
    RDFXML("rdf", RDFFormat.RDFXML_PRETTY, "application/rdf+xml", "application/xml", "text/xml"),
    HTML("html", null, "text/html", "application/xhtml+xml");

    /** Formats of a resource that has an HTML page: browsers ask for text/html first, RDF clients get Turtle for a bare wildcard. */
    public static final List<DocumentFormat> WITH_HTML = List.of(TURTLE, HTML, NTRIPLES, JSONLD, RDFXML);
    /** Formats of a document that only exists as RDF (service description, VoID). */
    public static final List<DocumentFormat> RDF_ONLY = List.of(TURTLE, NTRIPLES, JSONLD, RDFXML);
    /** Formats of a page that is HTML first (the landing page), which also describes itself as RDF. */
    public static final List<DocumentFormat> HTML_FIRST = List.of(HTML, TURTLE, NTRIPLES, JSONLD, RDFXML);

    private final String shortName;
    private final RDFFormat rdfFormat;
    private final List<String> mediaTypes;

    DocumentFormat(String shortName, RDFFormat rdfFormat, String... mediaTypes) {
        this.shortName = shortName;
        this.rdfFormat = rdfFormat;
        this.mediaTypes = List.of(mediaTypes);
    }

    public String shortName() { return shortName; }
    /** Writer format; null for HTML. */
    public RDFFormat rdfFormat() { return rdfFormat; }
    public List<String> mediaTypes() { return mediaTypes; }
    public boolean isRdf() { return rdfFormat != null; }

    public String contentType() {
        return mediaTypes.get(0) + "; charset=utf-8";
    }
}
