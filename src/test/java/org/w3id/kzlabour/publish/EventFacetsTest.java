package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.store.ServedStore;

/** The browse page's counts agree with SPARQL COUNTs over the shipped ontology and data. */
class EventFacetsTest {

    static GraphReader reader;
    static EventIndex.Contents contents;

    @BeforeAll
    static void load() throws Exception {
        List<Path> files;
        try (Stream<Path> data = Files.list(Path.of("data"))) {
            files = Stream.concat(Stream.of(Path.of("ontology", "kz-labour.ttl")), data.filter(p -> p.toString().endsWith(".ttl")).sorted()).toList();
        }
        ServedStore store = ServedStore.files(files);
        reader = new GraphReader(store.dataset(), store.transactional(), 30_000);
        contents = EventIndex.read(reader, CountryMap.shipped());
    }

    private static long count(String where, Map<String, String> iris) {
        Query query = GraphReader.parse("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a/rdfs:subClassOf* kzl:Event . " + where + " }");
        Map<String, org.apache.jena.graph.Node> bindings = new java.util.HashMap<>();
        iris.forEach((k, v) -> bindings.put(k, NodeFactory.createURI(v)));
        return Long.parseLong(reader.select(query, bindings).get(0).get("n").getLiteralLexicalForm());
    }

    private static final String YEAR = "OPTIONAL { ?e kzl:date ?d } OPTIONAL { ?e kzl:startDate ?sd } FILTER(YEAR(COALESCE(?d, ?sd)) = %d)";
    private static final String SOURCE = "{ ?e prov:wasDerivedFrom ?s } UNION { ?c kzl:claimSubject ?e ; kzl:statedIn ?s } ?s kzl:sourceKind ?kind .";

    @Test
    void everyEventIsCountedOnceAndTheIndexAgreesWithSparql() {
        assertEquals(count("", Map.of()), contents.events().size());
        assertTrue(contents.events().size() > 40);
    }

    @Test
    void unfilteredCountsAgreeWithSparqlCount() {
        Map<EventFacets.Facet, Map<String, Long>> counts = EventFacets.counts(contents.events(), Map.of());
        assertFalse(counts.get(EventFacets.Facet.TYPE).isEmpty());
        for (String kind : contents.kinds().keySet()) {
            long expected = kind.equals(Prefixes.KZL + "Event")
                    ? count("FILTER NOT EXISTS { ?e a/rdfs:subClassOf* ?k . ?k rdfs:subClassOf kzl:Event }", Map.of())
                    : count("?e a/rdfs:subClassOf* ?kind", Map.of("kind", kind));
            assertEquals(expected, counts.get(EventFacets.Facet.TYPE).getOrDefault(EventIndex.localName(kind), 0L), kind);
        }
        assertFalse(counts.get(EventFacets.Facet.YEAR).isEmpty());
        counts.get(EventFacets.Facet.YEAR).forEach((year, n) -> assertEquals(count(String.format(YEAR, Integer.parseInt(year)), Map.of()), n, year));
        assertFalse(counts.get(EventFacets.Facet.SOURCE_KIND).isEmpty());
        for (String kind : contents.sourceKinds().keySet())
            assertEquals(count(SOURCE, Map.of("kind", kind)), counts.get(EventFacets.Facet.SOURCE_KIND).getOrDefault(EventIndex.localName(kind), 0L), kind);
    }

    @Test
    void choosingAYearRecountsTheOtherFacets() {
        Map<EventFacets.Facet, String> selection = new EnumMap<>(EventFacets.Facet.class);
        selection.put(EventFacets.Facet.YEAR, "2023");
        Map<EventFacets.Facet, Map<String, Long>> counts = EventFacets.counts(contents.events(), selection);
        for (String kind : contents.kinds().keySet())
            if (!kind.equals(Prefixes.KZL + "Event"))
                assertEquals(count("?e a/rdfs:subClassOf* ?kind . " + String.format(YEAR, 2023), Map.of("kind", kind)),
                        counts.get(EventFacets.Facet.TYPE).getOrDefault(EventIndex.localName(kind), 0L), kind);
        assertEquals(count(String.format(YEAR, 2023), Map.of()), EventFacets.matching(contents.events(), selection).size());
        assertTrue(counts.get(EventFacets.Facet.YEAR).size() > 1, "the year facet itself still offers the other years");
    }

    @Test
    void regionsComeFromTheDataFirstAndFromCoordinatesOtherwise() {
        EventIndex.Place zhetybai = contents.places().get("https://w3id.org/kz-labour/id/place/zhetybai");
        assertEquals("mangystau-region", zhetybai.region(), "the data says Zhetybai is in Mangystau");
        EventIndex.Place square = contents.places().get("https://w3id.org/kz-labour/id/place/zhanaozen-central-square");
        assertEquals("mangystau-region", square.region(), "through Zhanaozen");
        assertTrue(square.hasPoint() && !square.ownPoint(), "takes Zhanaozen's point");
        EventIndex.Place almaty = contents.places().get("https://w3id.org/kz-labour/id/place/almaty");
        assertEquals("wof-85672937", almaty.region());
        assertTrue(contents.regions().get("wof-85672937").byLocation());
        assertFalse(contents.regions().get("mangystau-region").byLocation());
        assertEquals(85672923L, contents.regions().get("mangystau-region").shape().wof(), "matched by Wikidata id");
        Map<EventFacets.Facet, Map<String, Long>> counts = EventFacets.counts(contents.events(), Map.of());
        assertEquals(count("?e kzl:place/kzl:locatedIn* ?r . ?r a kzl:Region . FILTER(?r = ?region)",
                Map.of("region", "https://w3id.org/kz-labour/id/place/mangystau-region")), counts.get(EventFacets.Facet.REGION).get("mangystau-region"));
    }
}
