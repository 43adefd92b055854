package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served graph's events and places as the map, the timeline picture and the browse page need
 * them: each event's kind (the direct subclass of {@code kzl:Event} its types fall under), year,
 * places, regions and kinds of source; each place's point and region. Read by SPARQL over whatever
 * the server serves, once, in the background at start-up (like {@link SiteStatistics}).
 *
 * <p>A place's region is the data's own statement where there is one (the place, or a place it is
 * {@code kzl:locatedIn}, is a {@code kzl:Region}); otherwise the Who's On First region whose polygon
 * contains the place's point ({@link CountryMap#regionAt}), marked {@code byLocation}. A place
 * without coordinates takes those of the nearest place it is located in.
 */
public final class EventIndex {

    private static final Logger LOG = LoggerFactory.getLogger(EventIndex.class);
    private static final String KZL = Prefixes.KZL;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final Query EVENTS = GraphReader.parse("""
            SELECT DISTINCT ?event ?label WHERE {
              ?event a/rdfs:subClassOf* kzl:Event .
              OPTIONAL { ?event rdfs:label ?label }
            }""");
    private static final Query DATES = GraphReader.parse("""
            SELECT ?event ?date ?precision WHERE {
              ?event a/rdfs:subClassOf* kzl:Event .
            """ + SiteStatistics.EVENT_DATE + "}");
    private static final Query KINDS = GraphReader.parse("""
            SELECT DISTINCT ?event ?kind WHERE {
              ?event a/rdfs:subClassOf* ?kind . ?kind rdfs:subClassOf kzl:Event .
            }""");
    private static final Query KIND_LABELS = GraphReader.parse("""
            SELECT ?kind ?label WHERE { ?kind rdfs:subClassOf kzl:Event ; rdfs:label ?label }""");
    private static final Query EVENT_PLACES = GraphReader.parse("""
            SELECT DISTINCT ?event ?place WHERE { ?event a/rdfs:subClassOf* kzl:Event ; kzl:place ?place . FILTER(isIRI(?place)) }""");
    private static final Query SOURCE_KINDS = GraphReader.parse("""
            SELECT DISTINCT ?event ?kind WHERE {
              ?event a/rdfs:subClassOf* kzl:Event .
              { ?event prov:wasDerivedFrom ?source } UNION { ?claim kzl:claimSubject ?event ; kzl:statedIn ?source }
              ?source kzl:sourceKind ?kind .
            }""");
    private static final Query SOURCE_KIND_LABELS = GraphReader.parse("""
            SELECT ?kind ?label WHERE { ?source kzl:sourceKind ?kind . ?kind rdfs:label|skos:prefLabel ?label }""");
    private static final Query PLACES = GraphReader.parse("""
            SELECT ?place ?label ?lat ?long ?region ?parent ?same WHERE {
              ?place a/rdfs:subClassOf* kzl:Place .
              { ?place rdfs:label ?label }
              UNION { ?place geo:lat ?lat ; geo:long ?long }
              UNION { ?place a kzl:Region BIND(true AS ?region) }
              UNION { ?place kzl:locatedIn ?parent }
              UNION { ?place owl:sameAs ?same }
            }""");

    /** A place: labels, its point (own or inherited; NaN for none), whether the point is its own, its region key (or null). */
    public record Place(String iri, Map<String, String> labels, double lat, double lon, boolean ownPoint, String region) {
        public String label(String lang) { return SiteStatistics.pickLabel(labels, lang); }
        /** The language of {@link #label} when it is not {@code lang} (else null). */
        public String labelLang(String lang) { return SiteStatistics.foreignLanguage(labels, lang); }
        public boolean hasPoint() { return !Double.isNaN(lat); }
    }

    /**
     * A region events can be browsed by: key (the data's place name, or {@code wof-ID}), labels,
     * the map's region (or null), whether events fall in it by their places' coordinates only.
     */
    public record Region(String key, Map<String, String> labels, CountryMap.Region shape, boolean byLocation) {
        public String label(String lang) { return SiteStatistics.pickLabel(labels, lang); }
        /** The language of {@link #label} when it is not {@code lang} (else null). */
        public String labelLang(String lang) { return SiteStatistics.foreignLanguage(labels, lang); }
    }

    /** A kind of event or of source: IRI, labels. */
    public record Kind(String iri, Map<String, String> labels) {
        public String label(String lang) {
            String label = SiteStatistics.pickLabel(labels, lang);
            return label.isEmpty() ? org.w3id.kzlabour.publish.Labels.localName(org.apache.jena.graph.NodeFactory.createURI(iri)) : label;
        }
        /** The language of {@link #label} when it is not {@code lang} (else null). */
        public String labelLang(String lang) { return SiteStatistics.foreignLanguage(labels, lang); }
    }

    /** An event: labels, date and precision (null if undated), year (0 if undated), kinds, places, region keys, source kinds. */
    public record Event(String iri, Map<String, String> labels, String date, String precision, int year, List<String> kinds,
                        List<String> places, Set<String> regions, Set<String> sourceKinds) {
        public String label(String lang) { return SiteStatistics.pickLabel(labels, lang); }
        /** The language of {@link #label} when it is not {@code lang} (else null). */
        public String labelLang(String lang) { return SiteStatistics.foreignLanguage(labels, lang); }
        /** The kind the map and the timeline draw it as: the first of its kinds. */
        public String primaryKind() { return kinds.get(0); }
    }

    /** Everything, once read. */
    public record Contents(List<Event> events, Map<String, Kind> kinds, Map<String, Kind> sourceKinds,
                           Map<String, Place> places, Map<String, Region> regions) {}

    private final GraphReader reader;
    private final CountryMap map;
    private volatile CompletableFuture<Contents> contents;

    private EventIndex(GraphReader reader, CountryMap map) {
        this.reader = reader;
        this.map = map;
    }

    /**
     * The index of the store read by {@code reader}, read on first use (a page that shows the map or
     * the facets): reading 48,780 events at start-up competed with loading and with the first SPARQL
     * answers on a two-core machine (docs/performance.md, issue 15).
     */
    public static EventIndex start(GraphReader reader, CountryMap map) {
        return new EventIndex(reader, map);
    }

    /** The contents, read now if no page asked for them before, or waited for while they are being read. */
    public Contents get() {
        CompletableFuture<Contents> read = contents;
        if (read == null) {
            synchronized (this) {
                if (contents == null)
                    contents = CompletableFuture.supplyAsync(() -> read(reader, map)).exceptionally(failure -> {
                        // A store too large for the time limit must not take every entity page down: pages then show no map or facets.
                        LOG.warn("Could not read the events and places for the map and browse pages: {}", failure.toString());
                        return new Contents(List.of(), Map.of(), Map.of(), Map.of(), Map.of());
                    });
                read = contents;
            }
        }
        return read.join();
    }

    static Contents read(GraphReader reader, CountryMap map) {
        Map<String, Map<String, String>> eventLabels = new LinkedHashMap<>();
        for (Binding row : reader.select(EVENTS, Map.of()))
            addLabel(eventLabels.computeIfAbsent(row.get("event").toString(), k -> new LinkedHashMap<>()), row.get("label"));
        Map<String, String[]> dates = new HashMap<>();
        for (Binding row : reader.select(DATES, Map.of()))
            dates.putIfAbsent(row.get("event").toString(), new String[] {row.get("date").getLiteralLexicalForm(),
                    row.get("precision") == null ? null : row.get("precision").getURI()});
        Map<String, Set<String>> kindsOf = group(reader.select(KINDS, Map.of()), "event", "kind");
        Map<String, Kind> kinds = kinds(reader.select(KIND_LABELS, Map.of()));
        kinds.putIfAbsent(KZL + "Event", new Kind(KZL + "Event", Map.of("en", "event")));
        Map<String, Set<String>> placesOf = group(reader.select(EVENT_PLACES, Map.of()), "event", "place");
        Map<String, Set<String>> sourceKindsOf = group(reader.select(SOURCE_KINDS, Map.of()), "event", "kind");
        Map<String, Kind> sourceKinds = kinds(reader.select(SOURCE_KIND_LABELS, Map.of()));
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, Place> places = places(reader.select(PLACES, Map.of()), map, regions);

        List<Event> events = new ArrayList<>();
        for (var entry : eventLabels.entrySet()) {
            String iri = entry.getKey();
            if (!iri.startsWith("http"))
                continue;
            String[] date = dates.get(iri);
            List<String> eventKinds = new ArrayList<>(kindsOf.getOrDefault(iri, new TreeSet<>()));
            if (eventKinds.isEmpty())
                eventKinds.add(KZL + "Event");
            List<String> eventPlaces = new ArrayList<>(placesOf.getOrDefault(iri, Set.of()));
            Set<String> eventRegions = new TreeSet<>();
            for (String place : eventPlaces)
                if (places.containsKey(place) && places.get(place).region() != null)
                    eventRegions.add(places.get(place).region());
            events.add(new Event(iri, entry.getValue(), date == null ? null : date[0], date == null ? null : date[1],
                    date == null ? 0 : year(date[0]), List.copyOf(eventKinds), List.copyOf(eventPlaces), Set.copyOf(eventRegions),
                    Set.copyOf(sourceKindsOf.getOrDefault(iri, Set.of()))));
        }
        events.sort(Comparator.comparing((Event e) -> e.date() == null ? "~" : e.date()).thenComparing(Event::iri));
        return new Contents(List.copyOf(events), kinds, sourceKinds, places, regions);
    }

    private static Map<String, Place> places(List<Binding> rows, CountryMap map, Map<String, Region> regions) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Map<String, double[]> points = new HashMap<>();
        Set<String> dataRegions = new HashSet<>();
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, String> wikidata = new HashMap<>();
        for (Binding row : rows) {
            String place = row.get("place").toString();
            Map<String, String> own = labels.computeIfAbsent(place, k -> new LinkedHashMap<>());
            addLabel(own, row.get("label"));
            if (row.get("lat") != null) {
                try {
                    points.put(place, new double[] {Double.parseDouble(row.get("lat").getLiteralLexicalForm()),
                            Double.parseDouble(row.get("long").getLiteralLexicalForm())});
                } catch (RuntimeException ex) {
                    // unreadable coordinates: the place has no point
                }
            }
            if (row.get("region") != null)
                dataRegions.add(place);
            if (row.get("parent") != null)
                parents.computeIfAbsent(place, k -> new ArrayList<>()).add(row.get("parent").toString());
            if (row.get("same") != null && row.get("same").isURI() && row.get("same").getURI().startsWith(WIKIDATA))
                wikidata.put(place, row.get("same").getURI().substring(WIKIDATA.length()));
        }
        Map<String, Place> places = new LinkedHashMap<>();
        for (String place : labels.keySet()) {
            if (!place.startsWith("http"))
                continue;
            double[] point = nearest(place, points, parents, new HashSet<>());
            String dataRegion = nearest(place, dataRegions, parents, new HashSet<>());
            String regionKey = null;
            if (dataRegion != null) {
                regionKey = localName(dataRegion);
                CountryMap.Region shape = map.regionByWikidata(wikidata.get(dataRegion));
                regions.putIfAbsent(regionKey, new Region(regionKey, labels.get(dataRegion), shape, false));
            } else if (point != null) {
                CountryMap.Region shape = map.regionAt(point[0], point[1]);
                if (shape != null) {
                    regionKey = "wof-" + shape.wof();
                    regions.putIfAbsent(regionKey, new Region(regionKey, shape.names(), shape, true));
                }
            }
            boolean own = points.containsKey(place);
            if (point == null && dataRegion != null && regions.get(regionKey).shape() != null) {
                CountryMap.Region shape = regions.get(regionKey).shape();
                point = new double[] {shape.labelLat(), shape.labelLon()};
            }
            places.put(place, new Place(place, labels.get(place), point == null ? Double.NaN : point[0], point == null ? Double.NaN : point[1],
                    own, regionKey));
        }
        return places;
    }

    /** The value of the place itself, else of the nearest place it is (transitively) located in. */
    private static double[] nearest(String place, Map<String, double[]> values, Map<String, List<String>> parents, Set<String> seen) {
        if (values.containsKey(place))
            return values.get(place);
        if (!seen.add(place))
            return null;
        for (String parent : parents.getOrDefault(place, List.of())) {
            double[] found = nearest(parent, values, parents, seen);
            if (found != null)
                return found;
        }
        return null;
    }

    private static String nearest(String place, Set<String> members, Map<String, List<String>> parents, Set<String> seen) {
        if (members.contains(place))
            return place;
        if (!seen.add(place))
            return null;
        for (String parent : parents.getOrDefault(place, List.of())) {
            String found = nearest(parent, members, parents, seen);
            if (found != null)
                return found;
        }
        return null;
    }

    private static Map<String, Set<String>> group(List<Binding> rows, String key, String value) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Binding row : rows)
            if (row.get(value).isURI())
                groups.computeIfAbsent(row.get(key).toString(), k -> new TreeSet<>()).add(row.get(value).getURI());
        return groups;
    }

    private static Map<String, Kind> kinds(List<Binding> rows) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Binding row : rows)
            if (row.get("kind").isURI())
                addLabel(labels.computeIfAbsent(row.get("kind").getURI(), k -> new LinkedHashMap<>()), row.get("label"));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        labels.forEach((iri, l) -> kinds.put(iri, new Kind(iri, l)));
        return kinds;
    }

    private static void addLabel(Map<String, String> labels, Node label) {
        if (label != null && label.isLiteral())
            labels.putIfAbsent(label.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT), label.getLiteralLexicalForm());
    }

    private static int year(String date) {
        try {
            return Integer.parseInt(date.substring(0, date.indexOf('-', 1)));
        } catch (RuntimeException ex) {
            return 0;
        }
    }

    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
