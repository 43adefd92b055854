package org.w3id.kzlabour.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How to cite the graph, one of its entities, and the sources an entity's facts rest on, in the
 * forms reference managers and journals take: BibTeX, RIS, CSL-JSON and a plain-text reference.
 * Every citation of the graph names the release (version and date) and the day it was accessed,
 * so a number quoted from it can be traced to the exact data.
 */
public final class Citation {

    public static final String AUTHOR = "Kazakhstan labour-rights knowledge graph team";

    /** The formats, by their name in {@code /cite?format=}, with the media type served. */
    public enum Format {
        BIBTEX("bibtex", "application/x-bibtex; charset=utf-8", "BibTeX"),
        RIS("ris", "application/x-research-info-systems; charset=utf-8", "RIS"),
        CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8", "CSL-JSON"),
        TEXT("text", "text/plain; charset=utf-8", "Plain text");

        public final String parameter;
        public final String mediaType;
        public final String title;

        Format(String parameter, String mediaType, String title) {
            this.parameter = parameter;
            this.mediaType = mediaType;
            this.title = title;
        }

        /** The format of that name, or null. */
        public static Format named(String name) {
            for (Format f : values())
                if (f.parameter.equals(name))
                    return f;
            return null;
        }
    }

    /** An entity of the graph: its IRI and its name. */
    public record Entity(String iri, String label) {}

    /** A source document: its IRI in the graph, title, publisher's name, section, date (xsd:date lexical) and the date's precision unit IRI. */
    public record Source(String iri, String title, String publisher, String section, String issued, String precision) {}

    private static final Node SOURCE_DOCUMENT = NodeFactory.createURI(Prefixes.KZL + "SourceDocument");
    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node PUBLISHER = NodeFactory.createURI(Prefixes.DCTERMS + "publisher");
    private static final Node ISSUED = NodeFactory.createURI(Prefixes.DCTERMS + "issued");
    private static final Node SECTION = NodeFactory.createURI(Prefixes.KZL + "section");
    private static final Node ISSUED_PRECISION = NodeFactory.createURI(Prefixes.KZL + "issuedPrecision");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Release release;
    private final String datasetIri;
    private final LocalDate accessed;
    private final Entity entity;
    private final List<Source> sources;

    /**
     * @param entity  the entity cited within the graph, or null to cite the whole graph
     * @param sources the sources the entity's facts rest on (cited after it)
     */
    public Citation(Release release, String datasetIri, LocalDate accessed, Entity entity, List<Source> sources) {
        this.release = release;
        this.datasetIri = datasetIri;
        this.accessed = accessed;
        this.entity = entity;
        this.sources = List.copyOf(sources);
    }

    /** The source documents a resource description mentions (those behind its claims), by IRI. */
    public static List<Source> sourcesIn(Graph description) {
        List<Source> found = new ArrayList<>();
        description.find(Node.ANY, RDF_TYPE, SOURCE_DOCUMENT).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI())
                return;
            String title = Labels.exact(description, s, "en");
            Node publisher = first(description, s, PUBLISHER);
            Node issued = first(description, s, ISSUED);
            Node section = first(description, s, SECTION);
            Node precision = first(description, s, ISSUED_PRECISION);
            found.add(new Source(s.getURI(), titleOf(description, s, title),
                    publisher == null ? null : publisher.isURI() ? Labels.of(description, publisher, "en") : lexical(publisher),
                    lexical(section), lexical(issued), precision != null && precision.isURI() ? precision.getURI() : null));
        });
        found.sort(Comparator.comparing(Source::iri));
        return found;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The citation in a format. */
    public String in(Format format) {
        return switch (format) {
            case BIBTEX -> bibtex();
            case RIS -> ris();
            case CSL_JSON -> cslJson();
            case TEXT -> text();
        };
    }

    /** Plain-text references, one a line: the graph (or the entity in it), then each source. */
    public String text() {
        StringBuilder out = new StringBuilder(datasetText()).append('\n');
        for (Source s : sources)
            out.append(sourceText(s)).append('\n');
        return out.toString();
    }

    /** The plain-text reference of the graph or the entity. */
    public String datasetText() {
        String container = DatasetDescription.TITLE + " (Version " + release.version() + ", released " + release.date().format(LONG) + ") [Data set]";
        String url = entity == null ? datasetIri : entity.iri();
        String what = entity == null ? container : entity.label() + ". In " + container;
        return AUTHOR + ". (" + release.date().getYear() + "). " + what + ". " + url + " (accessed " + accessed.format(LONG) + ").";
    }

    /** The plain-text reference of a source document, its date at the precision the graph gives. */
    public static String sourceText(Source s) {
        StringBuilder out = new StringBuilder();
        out.append(s.publisher() != null ? s.publisher() : "Unknown publisher");
        out.append(" (").append(s.issued() != null ? DateText.format(s.issued(), s.precision()) : "n.d.").append("). ");
        out.append(s.title() != null ? s.title() : s.iri()).append('.');
        if (s.section() != null)
            out.append(' ').append(s.section()).append('.');
        out.append(" Record in the ").append(DatasetDescription.TITLE).append(": ").append(s.iri());
        return out.toString();
    }

    /** BibTeX: one {@code @misc} entry for the graph (or entity), one per source. */
    public String bibtex() {
        StringBuilder out = new StringBuilder();
        out.append("@misc{").append(key()).append(",\n");
        field(out, "author", "{" + bib(AUTHOR) + "}");
        field(out, "title", "{" + bib(entity == null ? DatasetDescription.TITLE : entity.label()) + "}");
        if (entity != null)
            field(out, "howpublished", bib("In: " + DatasetDescription.TITLE + ", release " + release.version()));
        field(out, "year", Integer.toString(release.date().getYear()));
        field(out, "month", Integer.toString(release.date().getMonthValue()));
        field(out, "version", release.version());
        field(out, "url", entity == null ? datasetIri : entity.iri());
        field(out, "urldate", accessed.toString());
        field(out, "note", bib("Release " + release.version() + " of " + release.date() + " (" + release.iri() + "); accessed " + accessed));
        out.append("}\n");
        for (Source s : sources) {
            out.append("\n@misc{").append(sourceKey(s)).append(",\n");
            if (s.publisher() != null)
                field(out, "author", "{" + bib(s.publisher()) + "}");
            field(out, "title", "{" + bib(s.title() != null ? s.title() : s.iri()) + "}");
            if (s.publisher() != null)
                field(out, "publisher", bib(s.publisher()));
            if (s.section() != null)
                field(out, "howpublished", bib(s.section()));
            LocalDate issued = date(s.issued());
            if (issued != null) {
                field(out, "year", Integer.toString(issued.getYear()));
                if (!DateText.UNIT_YEAR.equals(s.precision()))
                    field(out, "month", Integer.toString(issued.getMonthValue()));
                if (!DateText.UNIT_YEAR.equals(s.precision()) && !DateText.UNIT_MONTH.equals(s.precision()))
                    field(out, "day", Integer.toString(issued.getDayOfMonth()));
            }
            field(out, "note", bib("Record in the " + DatasetDescription.TITLE + ": " + s.iri()));
            out.append("}\n");
        }
        return out.toString();
    }

    /** RIS: one record for the graph (or entity), one per source; every line is {@code TAG  - value}. */
    public String ris() {
        StringBuilder out = new StringBuilder();
        ris(out, "TY", "DATA");
        ris(out, "AU", AUTHOR + ",");
        ris(out, "TI", entity == null ? DatasetDescription.TITLE : entity.label());
        if (entity != null)
            ris(out, "T2", DatasetDescription.TITLE);
        ris(out, "ET", release.version());
        ris(out, "PY", Integer.toString(release.date().getYear()));
        ris(out, "DA", release.date().toString().replace('-', '/'));
        ris(out, "UR", entity == null ? datasetIri : entity.iri());
        ris(out, "Y2", accessed.toString().replace('-', '/'));
        ris(out, "N1", "Release " + release.version() + " of " + release.date() + ": " + release.iri());
        ris(out, "ER", "");
        for (Source s : sources) {
            ris(out, "TY", "ELEC");
            if (s.publisher() != null) {
                ris(out, "AU", s.publisher() + ",");
                ris(out, "PB", s.publisher());
            }
            ris(out, "TI", s.title() != null ? s.title() : s.iri());
            if (s.section() != null)
                ris(out, "T2", s.section());
            LocalDate issued = date(s.issued());
            if (issued != null) {
                ris(out, "PY", Integer.toString(issued.getYear()));
                ris(out, "DA", risDate(issued, s.precision()));
            }
            ris(out, "N1", "Record in the " + DatasetDescription.TITLE + ": " + s.iri());
            ris(out, "ER", "");
        }
        return out.toString();
    }

    /** CSL-JSON: an array of items, the graph (or entity) first, then each source. */
    public String cslJson() {
        JsonArray items = new JsonArray();
        JsonObject item = new JsonObject();
        item.put("id", key());
        item.put("type", "dataset");
        item.put("title", entity == null ? DatasetDescription.TITLE : entity.label());
        if (entity != null)
            item.put("container-title", DatasetDescription.TITLE);
        item.put("author", authors(AUTHOR));
        item.put("version", release.version());
        item.put("issued", dateParts(release.date(), null));
        item.put("accessed", dateParts(accessed, null));
        item.put("URL", entity == null ? datasetIri : entity.iri());
        item.put("note", "Release " + release.version() + ": " + release.iri());
        items.add(item);
        for (Source s : sources) {
            JsonObject src = new JsonObject();
            src.put("id", sourceKey(s));
            src.put("type", "webpage");
            src.put("title", s.title() != null ? s.title() : s.iri());
            if (s.publisher() != null) {
                src.put("author", authors(s.publisher()));
                src.put("publisher", s.publisher());
                src.put("container-title", s.publisher());
            }
            if (s.section() != null)
                src.put("section", s.section());
            LocalDate issued = date(s.issued());
            if (issued != null)
                src.put("issued", dateParts(issued, s.precision()));
            src.put("note", "Record in the " + DatasetDescription.TITLE + ": " + s.iri());
            items.add(src);
        }
        return items.toString();
    }

    private String key() {
        String base = "kzlabour-" + release.version();
        if (entity == null)
            return base;
        String local = entity.iri().startsWith(datasetIri) ? entity.iri().substring(datasetIri.length()) : Labels.localName(NodeFactory.createURI(entity.iri()));
        return base + "-" + keyPart(local);
    }

    private static String sourceKey(Source s) {
        return "source-" + keyPart(Labels.localName(NodeFactory.createURI(s.iri())));
    }

    /** Characters BibTeX keys and CSL ids take everywhere. */
    private static String keyPart(String text) {
        return text.replaceFirst("^id/", "").replaceAll("[^A-Za-z0-9.-]+", "-");
    }

    private static JsonArray authors(String literal) {
        JsonArray authors = new JsonArray();
        JsonObject name = new JsonObject();
        name.put("literal", literal);
        authors.add(name);
        return authors;
    }

    private static JsonObject dateParts(LocalDate date, String precision) {
        JsonArray parts = new JsonArray();
        parts.add(date.getYear());
        if (!DateText.UNIT_YEAR.equals(precision))
            parts.add(date.getMonthValue());
        if (precision == null || DateText.UNIT_DAY.equals(precision))
            parts.add(date.getDayOfMonth());
        JsonArray outer = new JsonArray();
        outer.add(parts);
        JsonObject result = new JsonObject();
        result.put("date-parts", outer);
        return result;
    }

    private static String risDate(LocalDate date, String precision) {
        if (DateText.UNIT_YEAR.equals(precision))
            return String.format(Locale.ROOT, "%04d///", date.getYear());
        if (DateText.UNIT_MONTH.equals(precision))
            return String.format(Locale.ROOT, "%04d/%02d//", date.getYear(), date.getMonthValue());
        return String.format(Locale.ROOT, "%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static void ris(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }

    /** Escapes the characters BibTeX gives a meaning to. */
    static String bib(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static LocalDate date(String lexical) {
        if (lexical == null || lexical.length() < 10)
            return null;
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String titleOf(Graph g, Node s, String fallback) {
        Node title = first(g, s, NodeFactory.createURI(Prefixes.DCTERMS + "title"));
        return title != null && title.isLiteral() ? title.getLiteralLexicalForm() : fallback;
    }
}
