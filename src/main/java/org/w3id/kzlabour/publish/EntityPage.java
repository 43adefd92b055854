package org.w3id.kzlabour.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The HTML page of one resource, rendered on the server from its description graph: name and
 * types in the reader's language, its properties with human labels and links, an evidence panel
 * with every claim about it (value, qualifier, claimant, status, source, quoted sentence), the
 * links that point at it, an event's neighbours on the timeline and its place, a place's position
 * on an inline map, and a schema.org JSON-LD island. This class gathers the data into a {@link Page};
 * the markup is {@code entity.jte}.
 */
public final class EntityPage {

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String KZL = Prefixes.KZL;
    /** Labels first, then other names: a list, so that the page shows them in the same order every time. */
    private static final List<String> NAME_PROPERTIES = List.of(Prefixes.RDFS + "label", Prefixes.SKOS + "altLabel");
    private static final Node CLAIM_SUBJECT = NodeFactory.createURI(KZL + "claimSubject");

    private final Graph graph;
    private final Node subject;
    private final PageLanguage language;
    private final String lang;
    private final PublicBase base;
    private final EventIndex.Contents atlas;

    private EntityPage(Graph graph, Node subject, PageLanguage language, PublicBase base, EventIndex.Contents atlas) {
        this.graph = graph;
        this.atlas = atlas;
        this.subject = subject;
        this.language = language;
        this.lang = language.code();
        this.base = base;
    }

    /**
     * Renders the page.
     *
     * @param superTypes the resource's classes with their superclasses (for the schema.org type and the event/place parts)
     * @param pageUrl    the absolute URL of this page, for the JSON-LD island
     * @param atlas      the served graph's places and events, for the map
     */
    public static String render(Graph graph, String iri, String lang, boolean explicitLang, PublicBase base,
                                Set<String> superTypes, SiteStatistics.Figures figures, String pageUrl, EventIndex.Contents atlas) {
        return render(graph, iri, new PageLanguage(lang, explicitLang, "", null), base, superTypes, figures, pageUrl, atlas);
    }

    /** Renders the page in the language of the request (which also gives the language switch its links). */
    public static String render(Graph graph, String iri, PageLanguage language, PublicBase base,
                                Set<String> superTypes, SiteStatistics.Figures figures, String pageUrl, EventIndex.Contents atlas) {
        return new EntityPage(graph, NodeFactory.createURI(iri), language, base, atlas).render(superTypes, figures, pageUrl);
    }

    /**
     * One value as the page shows it: a link, a date, text with its language, the parts of an
     * unnamed node, or a heading of the page's own (chrome, already in the page's language).
     */
    public sealed interface Value permits Link, DateValue, Text, Parts, Chrome {}

    /**
     * A link to a resource, with its label and the label's language when it is not the page's
     * (null when it is; "" when unknown, as for a name without a language tag): the {@code lang}
     * attribute of the link, so that a reader's tools (and the language test) know an English name
     * on a Russian page for what it is.
     */
    public record Link(String href, String text, String lang) implements Value {
        public Link(String href, String text) {
            this(href, text, "");
        }
    }

    /** Text of the page's own in its language: a heading such as "Date". */
    public record Chrome(String text) implements Value {}

    /** A date: its lexical form and the text at its precision. */
    public record DateValue(String datetime, String text) implements Value {}

    /**
     * Text from the data with its language tag ("" for none), and the {@code lang} attribute it is
     * shown with: null when the text is in the page's language, else its tag ("" for unknown).
     */
    public record Text(String text, String lang, String foreign) implements Value {
        public Text(String text, String lang) {
            this(text, lang, lang);
        }

        static Text plain(String text) {
            return new Text(text, "");
        }
    }

    /** An unnamed node: its properties and values (a value null for a nested unnamed node); none shows {@code unnamed}, "(unnamed)". */
    public record Parts(List<Part> parts, String unnamed) implements Value {}

    /** A property and its value inside {@link Parts}. */
    public record Part(Value property, Value value) {}

    /** A row of a table: heading (a property, or text) and its values. */
    public record Row(Value heading, List<Value> values) {}

    /** One entry of the timeline: the date as written, the event, whether it is this page's. */
    public record TimelineEntry(String when, Value event, boolean current) {}

    /** The "When and where" section of an event: rows, its neighbours on the timeline (empty if undated), maps of its places. */
    public record EventSummary(List<Row> rows, List<TimelineEntry> timeline, List<MapPicture.Picture> maps) {}

    /**
     * A row of a claim's evidence list: heading, how the values are shown ({@code "plain"}, joined by
     * "; "; {@code "value"}, joined by spaces; {@code "status"}), the values.
     */
    public record ClaimRow(String heading, String kind, List<Value> values) {}

    /** A claim about the resource: its id, its rows, the sentences quoted from its source (with their language). */
    public record Claim(String id, List<ClaimRow> rows, List<Text> quotes) {}

    /** The model of {@code entity.jte}; {@code titleLang} is the title's language when not the page's (else null). */
    public record Page(PageLanguage language, String title, String titleLang, String iri, List<Value> types, List<String> formats,
                       String queryHref, MapPicture.Picture placeMap, EventSummary event, List<Value> names, List<Row> properties,
                       List<Claim> claims, List<Row> incoming, CitationBlock.Block citation, ScriptJson island) {}

    private String render(Set<String> superTypes, SiteStatistics.Figures figures, String pageUrl) {
        Labels.Label title = Labels.labelOf(graph, subject, lang);
        List<Value> types = new ArrayList<>();
        for (Node type : objects(subject, RDF_TYPE))
            if (type.isURI())
                types.add(link(type));
        List<String> formats = List.of(DocumentFormat.TURTLE, DocumentFormat.NTRIPLES, DocumentFormat.JSONLD, DocumentFormat.RDFXML)
                .stream().map(DocumentFormat::shortName).toList();
        String describe = "DESCRIBE <" + subject.getURI() + ">";
        String queryHref = "/query#query=" + URLEncoder.encode(describe, StandardCharsets.UTF_8).replace("+", "%20");
        EventSummary event = superTypes.contains(KZL + "Event") ? eventSummary(figures) : null;
        MapPicture.Picture placeMap = superTypes.contains(KZL + "Place") ? map(subject.getURI(), "map.caption.place") : null;
        return PageTemplates.render("entity.jte", new Page(language, title.text(), foreign(title.lang()), subject.getURI(), types, formats,
                language.href(queryHref), placeMap, event,
                names(), properties(), evidence(), incoming(), CitationBlock.entity(base, graph, subject),
                SchemaOrgIsland.build(graph, subject, superTypes, pageUrl)));
    }

    private EventSummary eventSummary(SiteStatistics.Figures figures) {
        List<Row> rows = new ArrayList<>();
        for (String[] row : List.of(new String[] {"date", "entity.when.date"}, new String[] {"startDate", "entity.when.start"},
                                    new String[] {"endDate", "entity.when.end"}, new String[] {"ongoingAt", "entity.when.ongoing"}))
            for (Node value : objects(subject, KZL + row[0]))
                rows.add(new Row(new Chrome(language.text(row[1])), List.of(value(subject, KZL + row[0], value))));
        List<Node> places = objects(subject, KZL + "place");
        for (Node place : places)
            rows.add(new Row(new Chrome(language.text("entity.when.place")), List.of(value(subject, KZL + "place", place))));
        List<SiteStatistics.DatedEvent> timeline = figures.timeline();
        int at = -1;
        for (int i = 0; i < timeline.size(); i++)
            if (timeline.get(i).iri().equals(subject.getURI()))
                at = i;
        List<TimelineEntry> entries = new ArrayList<>();
        if (at >= 0) {
            for (int i = Math.max(0, at - 2); i <= Math.min(timeline.size() - 1, at + 2); i++) {
                SiteStatistics.DatedEvent neighbour = timeline.get(i);
                String label = neighbour.label(lang).isEmpty() ? Labels.localName(NodeFactory.createURI(neighbour.iri())) : neighbour.label(lang);
                String labelLang = foreign(neighbour.labels().containsKey(lang) ? lang : neighbour.labels().containsKey("en") ? "en" : "");
                entries.add(new TimelineEntry(language.date(neighbour.date(), neighbour.precision()),
                        i == at ? new Text(label, "", labelLang) : new Link(language.href(base.href(neighbour.iri())), label, labelLang), i == at));
            }
        }
        List<MapPicture.Picture> maps = new ArrayList<>();
        for (Node place : places)
            if (place.isURI()) {
                MapPicture.Picture map = map(place.getURI(), "map.caption.event");
                if (map != null)
                    maps.add(map);
            }
        return new EventSummary(rows, entries, maps);
    }

    /**
     * The map of Kazakhstan with this place (its point, or its region highlighted) and the graph's
     * other places. Null for a place the map cannot show (no point, no region on the map, abroad).
     */
    private MapPicture.Picture map(String placeIri, String captionKey) {
        EventIndex.Place here = atlas.places().get(placeIri);
        if (here == null)
            return null;
        CountryMap map = CountryMap.shipped();
        EventIndex.Region region = here.region() == null ? null : atlas.regions().get(here.region());
        Set<Long> highlighted = region != null && region.shape() != null ? Set.of(region.shape().wof()) : Set.of();
        if (!MapPicture.drawable(map, here) && highlighted.isEmpty())
            return null;
        List<MapPicture.PlaceEvents> points = new ArrayList<>();
        for (EventIndex.Place place : atlas.places().values())
            if (place.ownPoint() && !place.iri().equals(placeIri))
                points.add(new MapPicture.PlaceEvents(place, language.href(base.href(place.iri())), false, List.of()));
        points.add(new MapPicture.PlaceEvents(here, null, true, List.of()));
        String where = here.label(lang).isEmpty() ? Labels.localName(NodeFactory.createURI(placeIri)) : here.label(lang);
        String caption = here.ownPoint() ? language.text(captionKey + ".point", where, here.lat(), here.lon())
                : language.text(captionKey, where);
        return MapPicture.draw(map, lang, points, highlighted, caption);
    }

    private List<Value> names() {
        List<Value> names = new ArrayList<>();
        for (String property : NAME_PROPERTIES)
            objects(subject, property).stream().filter(Node::isLiteral)
                    .sorted(Comparator.comparing(Node::getLiteralLanguage).thenComparing(Node::getLiteralLexicalForm))
                    .forEach(name -> names.add(text(name)));
        return names;
    }

    private List<Row> properties() {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        Map<String, Node> predicates = new LinkedHashMap<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.equals(RDF_TYPE) || NAME_PROPERTIES.contains(p) || isPrecision(p))
                return;
            String key = Labels.of(graph, t.getPredicate(), lang).toLowerCase(Locale.ROOT) + " " + p;
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
            predicates.put(key, t.getPredicate());
        });
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((key, values) -> {
            Node predicate = predicates.get(key);
            values.sort(Comparator.comparing(Node::toString));
            rows.add(new Row(link(predicate), values.stream().map(v -> value(subject, predicate.getURI(), v)).toList()));
        });
        return rows;
    }

    private List<Claim> evidence() {
        List<Node> claims = new ArrayList<>();
        graph.find(Node.ANY, CLAIM_SUBJECT, subject).forEachRemaining(t -> claims.add(t.getSubject()));
        claims.sort(Comparator.comparing(Node::toString));
        List<Claim> out = new ArrayList<>();
        for (Node claim : claims) {
            List<ClaimRow> rows = new ArrayList<>();
            row(rows, "evidence.about", claim, "claimProperty");
            List<Value> value = new ArrayList<>();
            for (Node q : objects(claim, KZL + "quantity"))
                value.add(q.isLiteral() ? new Text(number(q), "", null) : value(claim, KZL + "quantity", q));
            for (Node q : objects(claim, KZL + "quantityText"))
                value.add(new Text("(“" + q.getLiteralLexicalForm() + "”)", "", foreign(q.getLiteralLanguage())));
            for (Node o : objects(claim, KZL + "claimObject"))
                value.add(value(claim, KZL + "claimObject", o));
            for (Node o : objects(claim, KZL + "claimText"))
                value.add(new Text(o.getLiteralLexicalForm(), "", o.isLiteral() ? foreign(o.getLiteralLanguage()) : ""));
            if (!value.isEmpty())
                rows.add(new ClaimRow(language.text("evidence.value"), "value", value));
            row(rows, "evidence.qualifier", claim, "valueQualifier");
            row(rows, "evidence.claimant", claim, "claimant");
            List<Node> status = objects(claim, KZL + "claimStatus");
            if (!status.isEmpty()) {
                Labels.Label label = Labels.labelOf(graph, status.get(0), lang);
                rows.add(new ClaimRow(language.text("evidence.status"), "status", List.of(new Text(label.text(), "", foreign(label.lang())))));
            }
            row(rows, "evidence.source", claim, "statedIn");
            row(rows, "evidence.statedOn", claim, "claimDate");
            rows.add(new ClaimRow(language.text("evidence.claim"), "plain", List.of(link(claim))));
            List<Text> quotes = objects(claim, KZL + "quote").stream().filter(Node::isLiteral)
                    .map(q -> new Text(q.getLiteralLexicalForm(), q.getLiteralLanguage(), foreign(q.getLiteralLanguage()))).toList();
            out.add(new Claim(claim.toString(), rows, quotes));
        }
        return out;
    }

    private void row(List<ClaimRow> rows, String headingKey, Node claim, String kzlProperty) {
        List<Node> values = objects(claim, KZL + kzlProperty);
        if (!values.isEmpty())
            rows.add(new ClaimRow(language.text(headingKey), "plain", values.stream().map(v -> value(claim, KZL + kzlProperty, v)).toList()));
    }

    private List<Row> incoming() {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        Map<String, Node> predicates = new LinkedHashMap<>();
        graph.find(Node.ANY, Node.ANY, subject).forEachRemaining(t -> {
            if (t.getPredicate().equals(CLAIM_SUBJECT) || t.getSubject().equals(subject))
                return;
            String key = Labels.of(graph, t.getPredicate(), lang).toLowerCase(Locale.ROOT) + " " + t.getPredicate().getURI();
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getSubject());
            predicates.put(key, t.getPredicate());
        });
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((key, subjects) -> {
            subjects.sort(Comparator.comparing(Node::toString));
            rows.add(new Row(link(predicates.get(key)), subjects.stream().map(this::link).toList()));
        });
        return rows;
    }

    /** One value of a property: a link for an IRI, a date at its precision, text with its language. */
    private Value value(Node owner, String property, Node value) {
        if (value.isURI())
            return link(value);
        if (value.isBlank()) {
            List<Part> parts = new ArrayList<>();
            graph.find(value, Node.ANY, Node.ANY).forEachRemaining((Triple t) ->
                    parts.add(new Part(link(t.getPredicate()), t.getObject().isBlank() ? null : value(value, t.getPredicate().getURI(), t.getObject()))));
            return new Parts(parts, language.text("entity.unnamed"));
        }
        String lexical = value.getLiteralLexicalForm();
        if (XSDDatatype.XSDdate.getURI().equals(value.getLiteralDatatypeURI()))
            return new DateValue(lexical, language.date(lexical, precisionOf(owner, property)));
        if (value.getLiteralValue() instanceof Number && value.getLiteralLanguage().isEmpty()
                && (XSDDatatype.XSDinteger.getURI().equals(value.getLiteralDatatypeURI()) || XSDDatatype.XSDint.getURI().equals(value.getLiteralDatatypeURI())))
            return new Text(number(value), "", null);
        return text(value);
    }

    /** A whole-number literal with the page language's digit grouping; any other literal as written. */
    private String number(Node literal) {
        if (literal.getLiteralValue() instanceof Number n && !(n instanceof java.math.BigDecimal) && !(n instanceof Double) && !(n instanceof Float))
            return language.number(n.longValue());
        return literal.getLiteralLexicalForm();
    }

    /** A literal as text, marked with its language unless that is the page's. */
    private Text text(Node literal) {
        return new Text(literal.getLiteralLexicalForm(), literal.getLiteralLanguage(), foreign(literal.getLiteralLanguage()));
    }

    /** The {@code lang} attribute of a text in language {@code tag}: null when it is the page's language, else the tag ("" for unknown). */
    private String foreign(String tag) {
        return tag != null && tag.equalsIgnoreCase(lang) ? null : tag == null ? "" : tag;
    }

    /** The precision of a date property: kzl:date → kzl:datePrecision, dcterms:issued → kzl:issuedPrecision. */
    private String precisionOf(Node owner, String property) {
        String local = Labels.localName(NodeFactory.createURI(property));
        List<Node> units = objects(owner, KZL + local + "Precision");
        return units.isEmpty() || !units.get(0).isURI() ? null : units.get(0).getURI();
    }

    private static boolean isPrecision(String property) {
        return property.startsWith(KZL) && property.endsWith("Precision");
    }

    private Value link(Node node) {
        if (!node.isURI())
            return new Chrome(language.text("entity.unnamed"));
        String iri = node.getURI();
        String local = base.localPath(iri);
        String href = local == null ? iri : language.href(local);
        Labels.Label label = Labels.labelOf(graph, node, lang);
        if (label.lang().isEmpty()) {
            String key = reusedTermKey(iri);
            if (key != null)
                return new Link(href, language.text(key), null);
        }
        return new Link(href, label.text(), foreign(label.lang()));
    }

    /**
     * The bundle key naming a term of a reused vocabulary ({@code term.dcterms.issued}) when the
     * graph gives it no label: our ontology declares those terms but does not label other people's
     * vocabularies, so their names on the page come from the bundles. Null when there is no such key.
     */
    static String reusedTermKey(String iri) {
        for (Map.Entry<String, String> prefix : Prefixes.standard().entrySet()) {
            if (prefix.getKey().equals("kzl") || prefix.getKey().equals("kzd") || !iri.startsWith(prefix.getValue()))
                continue;
            String key = "term." + prefix.getKey() + "." + iri.substring(prefix.getValue().length());
            if (Messages.keys().contains(key))
                return key;
        }
        return null;
    }

    private List<Node> objects(Node s, String property) {
        List<Node> values = new ArrayList<>();
        graph.find(s, NodeFactory.createURI(property), Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        return values;
    }
}
