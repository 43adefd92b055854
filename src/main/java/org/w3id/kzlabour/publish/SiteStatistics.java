package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures about the served graph that the landing page, VoID and the ontology documentation show:
 * counts, class and property partitions, the dated events in order, the places with coordinates and
 * the source documents. Computed by SPARQL over whatever the server serves (never written by hand),
 * once, in the background at start-up, so a large store does not delay the first answer.
 */
public final class SiteStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(SiteStatistics.class);

    private static final Query TRIPLES = GraphReader.parse("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    private static final Query SUBJECTS = GraphReader.parse("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), STR(?ns))) }");
    private static final Query INSTANCES = GraphReader.parse("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a/rdfs:subClassOf* ?class }");
    private static final Query CLASSES = GraphReader.parse("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c");
    private static final Query PROPERTIES = GraphReader.parse("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p");
    /**
     * Binds ?date and ?precision of an ?event: its date, else its start date, with that date's
     * precision; events with neither are left out. Shared by every query of an event's date.
     */
    static final String EVENT_DATE = """
              OPTIONAL { ?event kzl:date ?d OPTIONAL { ?event kzl:datePrecision ?dp } }
              OPTIONAL { ?event kzl:startDate ?sd OPTIONAL { ?event kzl:startDatePrecision ?sp } }
              BIND(COALESCE(?d, ?sd) AS ?date)
              BIND(COALESCE(?dp, ?sp) AS ?precision)
              FILTER(BOUND(?date))
            """;
    private static final Query TIMELINE = GraphReader.parse("""
            SELECT ?event ?date ?precision ?label WHERE {
              ?event a/rdfs:subClassOf* kzl:Event .
            """ + EVENT_DATE + """
              OPTIONAL { ?event rdfs:label ?label }
            } ORDER BY ?date ?event""");
    private static final Query PLACES = GraphReader.parse("""
            SELECT ?place ?lat ?long ?label WHERE {
              ?place geo:lat ?lat ; geo:long ?long .
              OPTIONAL { ?place rdfs:label ?label }
            } ORDER BY ?place""");
    private static final Query SOURCES = GraphReader.parse("""
            SELECT ?source ?title ?issued ?precision WHERE {
              ?source a/rdfs:subClassOf* kzl:SourceDocument .
              OPTIONAL { ?source dcterms:title ?title }
              OPTIONAL { ?source dcterms:issued ?issued OPTIONAL { ?source kzl:issuedPrecision ?precision } }
            } ORDER BY ?issued ?source""");

    /** One dated event: its first date (point or start), that date's precision, its labels by language. */
    public record DatedEvent(String iri, String date, String precision, Map<String, String> labels) {
        public String label(String lang) { return pickLabel(labels, lang); }
    }

    /** A place with coordinates. */
    public record PlacePoint(String iri, double lat, double lon, Map<String, String> labels) {
        public String label(String lang) { return pickLabel(labels, lang); }
    }

    /** A source document. */
    public record Source(String iri, String title, String issued, String precision) {}

    /** The figures, once computed. */
    public record Figures(long triples, long entities, long events, long organisations, long persons, long claims,
                          Map<String, Long> classes, Map<String, Long> properties, List<DatedEvent> timeline,
                          List<PlacePoint> places, List<Source> sources) {}

    private final CompletableFuture<Figures> figures;

    private SiteStatistics(GraphReader reader, PublicBase base) {
        this.figures = CompletableFuture.supplyAsync(() -> compute(reader, base));
    }

    /** Starts computing in the background. */
    public static SiteStatistics start(GraphReader reader, PublicBase base) {
        return new SiteStatistics(reader, base);
    }

    /** The figures, waiting for them if they are still being computed. */
    public Figures get() {
        return figures.join();
    }

    private static Figures compute(GraphReader reader, PublicBase base) {
        long start = System.nanoTime();
        long triples = number(reader.select(TRIPLES, Map.of()));
        long entities = number(reader.select(SUBJECTS, Map.of("ns", node(base.idNamespace(), true))));
        long events = count(reader, "Event");
        long organisations = count(reader, "Organisation");
        long persons = count(reader, "Person");
        long claims = count(reader, "Claim");
        Map<String, Long> classes = new TreeMap<>();
        for (Binding row : reader.select(CLASSES, Map.of()))
            if (row.get("c").isURI())
                classes.put(row.get("c").getURI(), longValue(row.get("n")));
        Map<String, Long> properties = new TreeMap<>();
        for (Binding row : reader.select(PROPERTIES, Map.of()))
            properties.put(row.get("p").getURI(), longValue(row.get("n")));
        Map<String, DatedEvent> timeline = new LinkedHashMap<>();
        for (Binding row : reader.select(TIMELINE, Map.of())) {
            String iri = row.get("event").getURI();
            DatedEvent event = timeline.computeIfAbsent(iri, k -> new DatedEvent(k, row.get("date").getLiteralLexicalForm(),
                    row.get("precision") == null ? null : row.get("precision").getURI(), new LinkedHashMap<>()));
            addLabel(event.labels(), row.get("label"));
        }
        Map<String, PlacePoint> places = new LinkedHashMap<>();
        for (Binding row : reader.select(PLACES, Map.of())) {
            try {
                PlacePoint place = places.computeIfAbsent(row.get("place").getURI(), k -> new PlacePoint(k,
                        Double.parseDouble(row.get("lat").getLiteralLexicalForm()), Double.parseDouble(row.get("long").getLiteralLexicalForm()),
                        new LinkedHashMap<>()));
                addLabel(place.labels(), row.get("label"));
            } catch (NumberFormatException | UnsupportedOperationException ex) {
                LOG.warn("Ignoring a place with unreadable coordinates: {}", row.get("place"));
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Binding row : reader.select(SOURCES, Map.of()))
            sources.putIfAbsent(row.get("source").toString(), new Source(row.get("source").isURI() ? row.get("source").getURI() : null,
                    text(row.get("title")), text(row.get("issued")), row.get("precision") == null ? null : row.get("precision").getURI()));
        LOG.info("Site statistics: {} triples, {} events, {} claims in {} ms", triples, events, claims, (System.nanoTime() - start) / 1_000_000);
        return new Figures(triples, entities, events, organisations, persons, claims, classes, properties,
                           new ArrayList<>(timeline.values()), new ArrayList<>(places.values()), new ArrayList<>(sources.values()));
    }

    private static long count(GraphReader reader, String kzlClass) {
        return number(reader.select(INSTANCES, Map.of("class", node(Prefixes.KZL + kzlClass, false))));
    }

    private static Node node(String value, boolean literal) {
        return literal ? org.apache.jena.graph.NodeFactory.createLiteralString(value) : org.apache.jena.graph.NodeFactory.createURI(value);
    }

    private static long number(List<Binding> rows) {
        return rows.isEmpty() || rows.get(0).get("n") == null ? 0 : longValue(rows.get(0).get("n"));
    }

    private static long longValue(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    private static String text(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static void addLabel(Map<String, String> labels, Node label) {
        if (label != null && label.isLiteral())
            labels.putIfAbsent(label.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT), label.getLiteralLexicalForm());
    }

    /**
     * The language of the label {@link #pickLabel} picks, for the {@code lang} attribute of the element
     * that shows it: null when it is {@code lang} itself, "" for a label without a language tag, "en"
     * when there is no label (pages then show the IRI's local name, an English word).
     */
    static String foreignLanguage(Map<String, String> labels, String lang) {
        String picked = "en";
        for (String want : new String[] {lang, "en", ""})
            if (labels.containsKey(want)) {
                picked = want;
                break;
            }
        if (!labels.containsKey(picked) && !labels.isEmpty())
            picked = labels.keySet().iterator().next();
        return picked.equals(lang) ? null : picked;
    }

    static String pickLabel(Map<String, String> labels, String lang) {
        for (String want : new String[] {lang, "en", ""})
            if (labels.containsKey(want))
                return labels.get(want);
        return labels.values().stream().findFirst().orElse("");
    }
}
