package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.kzlabour.search.ScriptedSearch.hit;

import java.io.StringReader;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.PublicBase;

/** Scoring and the match decision, on a small graph and scripted engine answers. */
class ReconciliationMatcherTest {

    static final String ID = "https://w3id.org/kz-labour/id/";
    static final String KZL = "https://w3id.org/kz-labour/ontology#";
    static final String GRAPH = """
            @prefix kzl: <https://w3id.org/kz-labour/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            kzl:Place a owl:Class ; rdfs:label "place"@en .
            kzl:City a owl:Class ; rdfs:subClassOf kzl:Place ; rdfs:label "city"@en .
            kzl:Region a owl:Class ; rdfs:subClassOf kzl:Place ; rdfs:label "region"@en .
            kzl:Person a owl:Class ; rdfs:label "person"@en .
            kzl:Organisation a owl:Class ; rdfs:label "organisation"@en .
            <https://w3id.org/kz-labour/id/place/a> a kzl:City ; rdfs:label "Aqtau"@en ; kzl:locatedIn <https://w3id.org/kz-labour/id/place/r> .
            <https://w3id.org/kz-labour/id/place/b> a kzl:City ; rdfs:label "Aqtau"@en ; kzl:locatedIn <https://w3id.org/kz-labour/id/place/s> .
            <https://w3id.org/kz-labour/id/place/r> a kzl:Region ; rdfs:label "Mangystau Region"@en ; skos:altLabel "Mangistau"@en .
            <https://w3id.org/kz-labour/id/place/s> a kzl:Region ; rdfs:label "Atyrau Region"@en .
            <https://w3id.org/kz-labour/id/person/p> a kzl:Person ; rdfs:label "Aqtau Person"@en .
            <https://w3id.org/kz-labour/id/org/evil> a kzl:Organisation ; rdfs:label "<b>Evil & Co</b>"@en .
            """;

    final ReconciliationIds ids = new ReconciliationIds(PublicBase.standard());
    final ReconciliationProperties catalogue = ReconciliationProperties.standard();
    final GraphReader reader = reader();
    final ReconciliationGraph graph = new ReconciliationGraph(reader, catalogue);

    static GraphReader reader() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(GRAPH)).lang(Lang.TURTLE).parse(dsg.getDefaultGraph());
        return new GraphReader(dsg, false, 10_000);
    }

    JsonArray answer(ScriptedSearch search, String query) {
        ReconciliationQuery q = ReconciliationQuery.parse(JSON.parseAny(query), ids, graph, catalogue);
        return new ReconciliationMatcher(search, graph, ids).answer(q);
    }

    static JsonObject first(JsonArray result) {
        return result.get(0).getAsObject();
    }

    static double score(JsonObject candidate) {
        return candidate.get("score").getAsNumber().value().doubleValue();
    }

    @Test
    void oneExactCandidateClearlyAheadIsAMatch() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100),
                                                              hit(ID + "person/p", KZL + "Person", MatchKind.FUZZY, 40));
        JsonArray result = answer(search, "{\"query\": \"Aqtau\"}");
        assertTrue(first(result).get("match").getAsBoolean().value());
        assertFalse(result.get(1).getAsObject().get("match").getAsBoolean().value());
    }

    @Test
    void twoNamesakesAreNoMatch() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100),
                                                              hit(ID + "place/b", KZL + "City", MatchKind.EXACT_LABEL, 100));
        JsonArray result = answer(search, "{\"query\": \"Aqtau\"}");
        assertEquals(2, result.size());
        assertFalse(first(result).get("match").getAsBoolean().value());
    }

    @Test
    void anAliasOfAnotherEntityMakesItAmbiguous() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100),
                                                              hit(ID + "place/b", KZL + "City", MatchKind.ALIAS, 60));
        assertFalse(first(answer(search, "{\"query\": \"Aqtau\"}")).get("match").getAsBoolean().value());
    }

    @Test
    void aCloseFuzzyRunnerUpPreventsAMatch() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.TRANSLITERATED, 80),
                                                              hit(ID + "place/b", KZL + "City", MatchKind.FUZZY, 75));
        assertFalse(first(answer(search, "{\"query\": \"Aqtau\"}")).get("match").getAsBoolean().value());
    }

    @Test
    void aFuzzyHitIsNeverAMatch() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtaw", hit(ID + "place/a", KZL + "City", MatchKind.FUZZY, 99));
        JsonObject top = first(answer(search, "{\"query\": \"Aqtaw\"}"));
        assertEquals(99.0, score(top));
        assertFalse(top.get("match").getAsBoolean().value());
    }

    @Test
    void typesRestrictOrLowerTheScore() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100));
        assertEquals(0, answer(search, "{\"query\": \"Aqtau\", \"type\": \"Person\"}").size());
        assertEquals(1, answer(search, "{\"query\": \"Aqtau\", \"type\": \"Place\"}").size(), "a City is a Place");
        JsonObject preferred = first(answer(search, "{\"query\": \"Aqtau\", \"type\": \"Person\", \"type_strict\": \"should\"}"));
        assertEquals(70.0, score(preferred));
        assertFalse(preferred.get("match").getAsBoolean().value());
    }

    @Test
    void preferredTypesAreSearchedForWhenOtherTypesFillTheQuota() {
        SearchHit[] others = new SearchHit[20];
        for (int i = 0; i < others.length; i++)
            others[i] = hit(ID + "person/p" + i, KZL + "Person", MatchKind.FUZZY, 50);
        SearchHit[] all = java.util.Arrays.copyOf(others, 21);
        all[20] = hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 40);
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", all);
        JsonArray result = answer(search, "{\"query\": \"Aqtau\", \"type\": \"City\", \"type_strict\": \"should\", \"limit\": 5}");
        assertEquals("place/a", first(result).get("id").getAsString().value(), "40 on type beats 50 x 0.7 off type");
    }

    @Test
    void aMatchingPropertyRaisesAndAContradictingOneLowersTheScore() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 60),
                                                              hit(ID + "place/b", KZL + "City", MatchKind.FUZZY, 60));
        JsonArray withRegion = answer(search, "{\"query\": \"Aqtau\", \"properties\": [{\"pid\": \"region\", \"v\": \"Mangistau\"}]}");
        JsonObject a = first(withRegion);
        JsonObject b = withRegion.get(1).getAsObject();
        assertEquals("place/a", a.get("id").getAsString().value());
        assertEquals(80.0, score(a), "halfway from 60 to 100");
        assertEquals(30.0, score(b), "halved");
        assertTrue(a.get("match").getAsBoolean().value());
        JsonObject byId = first(answer(search, "{\"query\": \"Aqtau\", \"properties\": [{\"pid\": \"region\", \"v\": {\"id\": \"place/s\"}}]}"));
        assertEquals("place/b", byId.get("id").getAsString().value());
        JsonObject byIdText = first(answer(search, "{\"query\": \"Aqtau\", \"properties\": [{\"pid\": \"region\", \"v\": \"place/s\"}]}"));
        assertEquals("place/b", byIdText.get("id").getAsString().value());
    }

    @Test
    void aContradictedExactNameIsNoMatch() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100));
        JsonObject top = first(answer(search, "{\"query\": \"Aqtau\", \"properties\": [{\"pid\": \"region\", \"v\": \"Atyrau Region\"}]}"));
        assertEquals(50.0, score(top));
        assertFalse(top.get("match").getAsBoolean().value());
    }

    @Test
    void candidatesOutsideTheIdentifierSpaceAreDropped() {
        ScriptedSearch search = new ScriptedSearch().answer("Aqtau", hit("http://www.wikidata.org/entity/Q1", KZL + "City", MatchKind.EXACT_LABEL, 100),
                                                              hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100));
        JsonArray result = answer(search, "{\"query\": \"Aqtau\"}");
        assertEquals(1, result.size());
        assertTrue(first(result).get("match").getAsBoolean().value());
    }

    @Test
    void aBatchOverItsTimeBudgetAnswersTheRestEmpty() {
        EntitySearch slow = (text, types, limit) -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return java.util.List.of(hit(ID + "place/a", KZL + "City", MatchKind.EXACT_LABEL, 100));
        };
        ReconciliationService service = new ReconciliationService(slow, reader, PublicBase.standard(), java.time.Duration.ofMillis(200));
        JsonObject answer = service.reconcile("{\"q0\": {\"query\": \"Aqtau\"}, \"q1\": {\"query\": \"Aqtau\"}, \"q2\": {\"query\": \"Aqtau\"}}");
        assertEquals(1, answer.getObj("q0").get("result").getAsArray().size());
        for (String key : new String[] {"q1", "q2"}) {
            assertEquals(0, answer.getObj(key).get("result").getAsArray().size());
            assertTrue(answer.getObj(key).getString("error").contains("longer than"));
        }
    }

    @Test
    void previewEscapesNames() {
        String html = new ReconciliationPreview(graph, ids, catalogue).render("org/evil", "http://127.0.0.1:1");
        assertTrue(html.contains("&lt;b&gt;Evil &amp; Co&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>Evil"));
    }
}
