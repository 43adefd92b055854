package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /reconcile} on a real server (port 0) over the shipped graph and the real search engine,
 * spoken to as OpenRefine speaks to it: form POSTs of query batches, GETs, data extension, suggest,
 * preview, CORS and JSONP. Every JSON answer is checked against the official 0.2 schema for its kind.
 */
class ReconciliationServerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ReconcileServer server;

    @BeforeAll
    static void start() {
        server = ReconcileServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** POSTs a batch as OpenRefine does, checks the request and the answer against the schemas, returns the answer. */
    static JsonNode reconcile(String batch) throws IOException, InterruptedException {
        ReconciliationSchemas.assertValid("reconciliation-query-batch", batch);
        HttpResponse<String> response = server.postForm("/reconcile", "queries=" + ReconcileServer.encode(batch));
        assertEquals(200, response.statusCode(), response.body());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("reconciliation-result-batch", response.body());
        return JSON.readTree(response.body());
    }

    static JsonNode candidates(String query) throws IOException, InterruptedException {
        return reconcile("{\"q0\": " + query + "}").get("q0").get("result");
    }

    static void assertJsonAnswer(HttpResponse<String> response) {
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "CORS header");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "content type");
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    static boolean feature(JsonNode candidate, String id) {
        for (JsonNode f : candidate.get("features"))
            if (f.get("id").asText().equals(id))
                return f.get("value").asBoolean();
        throw new AssertionError("no feature " + id + " in " + candidate);
    }

    // --- Manifest ------------------------------------------------------------------------------

    @Test
    void manifestDescribesTheServiceAndValidates() throws Exception {
        HttpResponse<String> response = server.get("/reconcile");
        assertEquals(200, response.statusCode());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("manifest", response.body());
        JsonNode manifest = JSON.readTree(response.body());
        assertEquals("[\"0.1\",\"0.2\"]", manifest.get("versions").toString());
        assertEquals("https://w3id.org/kz-labour/id/", manifest.get("identifierSpace").asText());
        assertEquals("https://w3id.org/kz-labour/ontology#", manifest.get("schemaSpace").asText());
        List<String> types = ids(manifest.get("defaultTypes"));
        assertEquals(List.of("Organisation", "TradeUnion", "Person", "Place", "Event", "SourceDocument", "LegalInstrument"), types);
        assertEquals(server.root + "/id/{{id}}", manifest.get("view").get("url").asText());
        assertEquals(server.root + "/reconcile/preview?id={{id}}", manifest.get("preview").get("url").asText());
        assertEquals("/reconcile/suggest/entity", manifest.get("suggest").get("entity").get("service_path").asText());
        assertEquals("/reconcile/suggest/type", manifest.get("suggest").get("type").get("service_path").asText());
        assertEquals("/reconcile/suggest/property", manifest.get("suggest").get("property").get("service_path").asText());
        assertEquals("/reconcile/properties", manifest.get("extend").get("propose_properties").get("service_path").asText());
        assertEquals(100, manifest.get("batchSize").asInt());
    }

    @Test
    void viewTemplateLeadsToTheEntityPage() throws Exception {
        JsonNode manifest = JSON.readTree(server.get("/reconcile").body());
        String url = manifest.get("view").get("url").asText().replace("{{id}}", "place/zhanaozen");
        HttpResponse<String> page = server.get(url.substring(server.root.length()), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Zhanaozen"));
    }

    // --- Queries -------------------------------------------------------------------------------

    @Test
    void formPostFindsAPlaceByItsRussianName() throws Exception {
        JsonNode result = candidates("{\"query\": \"Жанаозен\", \"type\": \"Place\", \"type_strict\": \"any\"}");
        JsonNode top = result.get(0);
        assertEquals("place/zhanaozen", top.get("id").asText());
        assertEquals("Zhanaozen", top.get("name").asText());
        assertTrue(top.get("score").isNumber());
        assertTrue(top.get("match").asBoolean(), "an exact label of one place is a match");
        assertTrue(ids(top.get("type")).contains("City"));
    }

    @Test
    void getWithQueriesAnswersTheSame() throws Exception {
        String batch = "{\"q0\": {\"query\": \"Janaozen\"}, \"q1\": {\"query\": \"KMG\"}}";
        HttpResponse<String> response = server.get("/reconcile?queries=" + ReconcileServer.encode(batch));
        assertEquals(200, response.statusCode());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("reconciliation-result-batch", response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("place/zhanaozen", answer.get("q0").get("result").get(0).get("id").asText());
        assertEquals("org/kazmunaygas", answer.get("q1").get("result").get(0).get("id").asText());
    }

    @Test
    void variantSpellingsAndAliasesMatch() throws Exception {
        JsonNode batch = reconcile("{\"a\": {\"query\": \"Janaozen\"}, \"b\": {\"query\": \"Жаңаөзен\"}, \"c\": {\"query\": \"KMG\"},"
                                   + " \"d\": {\"query\": \"Mangistau\"}, \"e\": {\"query\": \"Atle Hoie\"}, \"f\": {\"query\": \"Qyzylorda\"}}");
        assertEquals("place/zhanaozen", batch.get("a").get("result").get(0).get("id").asText());
        assertEquals("place/zhanaozen", batch.get("b").get("result").get(0).get("id").asText());
        assertEquals("org/kazmunaygas", batch.get("c").get("result").get(0).get("id").asText());
        assertEquals("place/mangystau-region", batch.get("d").get("result").get(0).get("id").asText());
        assertEquals("person/atle-hoie", batch.get("e").get("result").get(0).get("id").asText());
        assertEquals("place/kyzylorda-region", batch.get("f").get("result").get(0).get("id").asText());
        for (String key : List.of("a", "b", "c", "d", "e", "f"))
            assertTrue(batch.get(key).get("result").get(0).get("match").asBoolean(), key + " should be a match");
    }

    @Test
    void aTypoIsACandidateButNeverAMatch() throws Exception {
        JsonNode result = candidates("{\"query\": \"Zhanaozem\"}");
        assertEquals("place/zhanaozen", result.get(0).get("id").asText());
        for (JsonNode candidate : result)
            assertFalse(candidate.get("match").asBoolean(), "fuzzy hit marked as match: " + candidate);
    }

    @Test
    void typeRestrictsUnlessOnlyPreferred() throws Exception {
        assertFalse(ids(candidates("{\"query\": \"Almaty\", \"type\": \"Person\"}")).contains("place/almaty"));
        assertTrue(ids(candidates("{\"query\": \"Almaty\", \"type\": [\"Person\", \"City\"]}")).contains("place/almaty"));
        assertTrue(ids(candidates("{\"query\": \"Almaty\", \"type\": [\"City\", \"Place\"], \"type_strict\": \"all\"}")).contains("place/almaty"));
        assertFalse(ids(candidates("{\"query\": \"Almaty\", \"type\": [\"City\", \"Person\"], \"type_strict\": \"all\"}")).contains("place/almaty"));

        JsonNode preferred = candidates("{\"query\": \"Almaty\", \"type\": \"Person\", \"type_strict\": \"should\"}");
        JsonNode plain = candidates("{\"query\": \"Almaty\"}");
        JsonNode almaty = find(preferred, "place/almaty");
        assertFalse(almaty.get("match").asBoolean(), "a candidate of another type than requested is not a match");
        assertFalse(feature(almaty, "type_match"));
        assertTrue(almaty.get("score").asDouble() < find(plain, "place/almaty").get("score").asDouble());
        assertTrue(find(plain, "place/almaty").get("match").asBoolean());
    }

    @Test
    void subclassesCountAsTheRequestedType() throws Exception {
        JsonNode result = candidates("{\"query\": \"KNPRK\", \"type\": \"Organisation\"}");
        assertEquals("org/knprk", result.get(0).get("id").asText());
        assertTrue(result.get(0).get("match").asBoolean());
    }

    @Test
    void limitCapsTheCandidates() throws Exception {
        assertTrue(candidates("{\"query\": \"Zhanaozen\"}").size() > 2);
        assertEquals(2, candidates("{\"query\": \"Zhanaozen\", \"limit\": 2}").size());
        assertEquals(1, candidates("{\"query\": \"Zhanaozen\", \"limit\": 1}").size());
    }

    @Test
    void aPersonWithTheirOrganisation() throws Exception {
        JsonNode alone = candidates("{\"query\": \"Hoie\", \"type\": \"Person\"}").get(0);
        JsonNode right = candidates("{\"query\": \"Hoie\", \"type\": \"Person\", \"properties\": [{\"pid\": \"organisation\", \"v\": \"IndustriALL\"}]}").get(0);
        JsonNode wrong = candidates("{\"query\": \"Atle Høie\", \"type\": \"Person\", \"properties\": [{\"pid\": \"organisation\", \"v\": \"KazMunayGas\"}]}").get(0);
        assertEquals("person/atle-hoie", right.get("id").asText());
        assertTrue(feature(right, "property_organisation"));
        assertTrue(right.get("score").asDouble() > alone.get("score").asDouble(), "a matching organisation raises the score");
        assertFalse(feature(wrong, "property_organisation"));
        assertFalse(wrong.get("match").asBoolean(), "a contradicting property value prevents a match");
        assertTrue(wrong.get("score").asDouble() < 60);
    }

    @Test
    void aPlaceWithItsRegion() throws Exception {
        JsonNode right = candidates("{\"query\": \"Zhetybay\", \"properties\": [{\"pid\": \"region\", \"v\": \"Mangistau\"}]}").get(0);
        JsonNode cyrillic = candidates("{\"query\": \"Жетыбай\", \"properties\": [{\"pid\": \"region\", \"v\": \"Маңғыстау облысы\"}]}").get(0);
        JsonNode wrong = candidates("{\"query\": \"Zhetybay\", \"properties\": [{\"pid\": \"region\", \"v\": \"Atyrau Region\"}]}").get(0);
        assertEquals("place/zhetybai", right.get("id").asText());
        assertTrue(feature(right, "property_region"));
        assertTrue(feature(cyrillic, "property_region"));
        assertFalse(feature(wrong, "property_region"));
        assertTrue(wrong.get("score").asDouble() < right.get("score").asDouble());
    }

    @Test
    void aUnionBranchWithItsCityByNameOrById() throws Exception {
        String name = "Almaty branch of the Industrial Trade Union of Fuel and Energy Complex Workers";
        JsonNode byName = candidates("{\"query\": \"" + name + "\", \"type\": \"Organisation\", \"properties\": [{\"pid\": \"city\", \"v\": \"Алматы\"}]}").get(0);
        JsonNode byId = candidates("{\"query\": \"" + name + "\", \"properties\": [{\"pid\": \"city\", \"v\": {\"id\": \"place/almaty\", \"name\": \"Almaty\"}}]}").get(0);
        JsonNode wrong = candidates("{\"query\": \"" + name + "\", \"properties\": [{\"pid\": \"city\", \"v\": [\"Shymkent\", \"Astana\"]}]}").get(0);
        assertEquals("org/fuel-energy-workers-union-almaty-branch", byName.get("id").asText());
        assertTrue(feature(byName, "property_city"));
        assertTrue(feature(byId, "property_city"));
        assertTrue(byName.get("match").asBoolean());
        assertFalse(feature(wrong, "property_city"));
        assertFalse(wrong.get("match").asBoolean());
    }

    @Test
    void anUnknownPropertyNeitherHelpsNorHurts() throws Exception {
        JsonNode plain = candidates("{\"query\": \"Zhanaozen\"}").get(0);
        JsonNode unknown = candidates("{\"query\": \"Zhanaozen\", \"properties\": [{\"pid\": \"P131\", \"v\": \"x\"}]}").get(0);
        assertEquals(plain.get("score").asDouble(), unknown.get("score").asDouble());
    }

    @Test
    void oneBadQueryEmptiesOnlyItsOwnResult() throws Exception {
        JsonNode batch = reconcileUnchecked("{\"q0\": {\"query\": \"Zhanaozen\"}, \"q1\": {\"query\": \"KMG\", \"limit\": \"ten\"},"
                                            + " \"q2\": {\"query\": \"Almaty\", \"bogus\": 1}, \"q3\": {\"query\": \"Almaty\", \"type\": \"NoSuchType\"}}");
        assertEquals("place/zhanaozen", batch.get("q0").get("result").get(0).get("id").asText());
        for (String key : List.of("q1", "q2", "q3")) {
            assertEquals(0, batch.get(key).get("result").size(), key);
            assertTrue(batch.get(key).get("error").asText().length() > 5, key);
        }
        assertTrue(batch.get("q1").get("error").asText().contains("limit"));
        assertTrue(batch.get("q2").get("error").asText().contains("bogus"));
    }

    /** For batches that are not valid against the query schema on purpose: only the answer is checked. */
    static JsonNode reconcileUnchecked(String batch) throws IOException, InterruptedException {
        HttpResponse<String> response = server.postForm("/reconcile", "queries=" + ReconcileServer.encode(batch));
        assertEquals(200, response.statusCode(), response.body());
        ReconciliationSchemas.assertValid("reconciliation-result-batch", response.body());
        return JSON.readTree(response.body());
    }

    static JsonNode find(JsonNode result, String id) {
        for (JsonNode candidate : result)
            if (candidate.get("id").asText().equals(id))
                return candidate;
        throw new AssertionError(id + " not in " + result);
    }

    // --- Suggest and preview -------------------------------------------------------------------

    @Test
    void suggestEntitiesByPrefixInEitherScript() throws Exception {
        for (String prefix : List.of("Zhan", "Жана", "zhanaoz")) {
            HttpResponse<String> response = server.get("/reconcile/suggest/entity?prefix=" + ReconcileServer.encode(prefix));
            assertEquals(200, response.statusCode());
            assertJsonAnswer(response);
            ReconciliationSchemas.assertValid("suggest-entities-response", response.body());
            assertEquals("place/zhanaozen", JSON.readTree(response.body()).get("result").get(0).get("id").asText(), prefix);
        }
        JsonNode persons = JSON.readTree(server.get("/reconcile/suggest/entity?prefix=a&type=Person").body()).get("result");
        assertTrue(ids(persons).contains("person/atle-hoie"));
        persons.forEach(p -> assertTrue(p.get("id").asText().startsWith("person/"), p.toString()));
        JsonNode first = JSON.readTree(server.get("/reconcile/suggest/entity?prefix=zh").body()).get("result");
        JsonNode next = JSON.readTree(server.get("/reconcile/suggest/entity?prefix=zh&cursor=3").body()).get("result");
        assertEquals(first.get(3).get("id"), next.get(0).get("id"), "cursor skips suggestions");
    }

    @Test
    void suggestTypesByPrefix() throws Exception {
        HttpResponse<String> response = server.get("/reconcile/suggest/type?prefix=uni");
        assertEquals(200, response.statusCode());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("suggest-types-response", response.body());
        List<String> types = ids(JSON.readTree(response.body()).get("result"));
        assertTrue(types.contains("UnionBranch") && types.contains("TradeUnion"), types.toString());
        assertFalse(types.contains("Person"));
        assertTrue(ids(JSON.readTree(server.get("/reconcile/suggest/type?prefix=" + ReconcileServer.encode("профс")).body()).get("result")).contains("TradeUnion"));
    }

    @Test
    void suggestPropertiesByPrefix() throws Exception {
        HttpResponse<String> response = server.get("/reconcile/suggest/property?prefix=reg");
        assertEquals(200, response.statusCode());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("suggest-properties-response", response.body());
        assertTrue(ids(JSON.readTree(response.body()).get("result")).contains("region"));
        assertTrue(ids(JSON.readTree(server.get("/reconcile/suggest/property?prefix=start").body()).get("result")).contains("startDate"));
    }

    @Test
    void previewIsASmallEscapedHtmlPage() throws Exception {
        HttpResponse<String> response = server.get("/reconcile/preview?id=place/zhanaozen");
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("Zhanaozen") && html.contains("Жаңаөзен") && html.contains("Mangystau Region") && html.contains("Q1000852"), html);
        assertTrue(html.length() < 4000, "small");
        HttpResponse<String> source = server.get("/reconcile/preview?id=source/diplomat-2021-12-zhanaozen-legacy");
        assertEquals(200, source.statusCode());
        assertTrue(source.body().contains("The Diplomat"));
    }

    // --- Data extension ------------------------------------------------------------------------

    @Test
    void extendFetchesDatesPlacesRegionsTypesQidsAndSources() throws Exception {
        String query = "{\"ids\": [\"place/zhanaozen\", \"event/wos-strike-2023\", \"org/kazmunaygas\", \"law/kz-trade-union-law-2014\", \"place/no-such-place\"],"
                + " \"properties\": [{\"id\": \"region\"}, {\"id\": \"wikidata\"}, {\"id\": \"startDate\"}, {\"id\": \"startDatePrecision\"},"
                + " {\"id\": \"place\"}, {\"id\": \"participantCount\"}, {\"id\": \"participantCountSource\"}, {\"id\": \"organisationType\"},"
                + " {\"id\": \"adoptionDate\"}, {\"id\": \"source\"}]}";
        ReconciliationSchemas.assertValid("data-extension-query", query);
        HttpResponse<String> response = server.postForm("/reconcile", "extend=" + ReconcileServer.encode(query));
        assertEquals(200, response.statusCode(), response.body());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("data-extension-response", response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals(10, answer.get("meta").size());
        JsonNode rows = answer.get("rows");
        assertEquals("place/mangystau-region", rows.get("place/zhanaozen").get("region").get(0).get("id").asText());
        assertEquals("Mangystau Region", rows.get("place/zhanaozen").get("region").get(0).get("name").asText());
        assertEquals("Q1000852", rows.get("place/zhanaozen").get("wikidata").get(0).get("str").asText());
        JsonNode strike = rows.get("event/wos-strike-2023");
        assertEquals("2023-12-11", strike.get("startDate").get(0).get("str").asText());
        assertEquals("day", strike.get("startDatePrecision").get(0).get("str").asText());
        assertEquals(500, strike.get("participantCount").get(0).get("int").asInt());
        assertEquals("source/industriall-2024-01-29-right-to-strike", strike.get("participantCountSource").get(0).get("id").asText());
        assertEquals("place/mangystau-region", strike.get("region").get(0).get("id").asText());
        assertEquals("Q1417227", rows.get("org/kazmunaygas").get("wikidata").get(0).get("str").asText());
        List<String> orgTypes = new ArrayList<>();
        rows.get("org/kazmunaygas").get("organisationType").forEach(t -> orgTypes.add(t.get("str").asText()));
        assertTrue(orgTypes.contains("state-owned company") && orgTypes.contains("company"), orgTypes.toString());
        assertEquals("2014-06", rows.get("law/kz-trade-union-law-2014").get("adoptionDate").get(0).get("str").asText(), "month precision kept");
        assertEquals(0, rows.get("place/no-such-place").get("region").size());
    }

    @Test
    void extendGivesDateTimesOnRequestAndAnswersGet() throws Exception {
        String query = "{\"ids\": [\"law/kz-trade-union-law-2014\"], \"properties\": [{\"id\": \"adoptionDate\", \"settings\": {\"date_format\": \"datetime\"}}]}";
        HttpResponse<String> response = server.get("/reconcile?extend=" + ReconcileServer.encode(query));
        assertEquals(200, response.statusCode(), response.body());
        ReconciliationSchemas.assertValid("data-extension-response", response.body());
        assertEquals("2014-06-01T00:00:00Z", JSON.readTree(response.body()).get("rows").get("law/kz-trade-union-law-2014").get("adoptionDate").get(0).get("date").asText());
    }

    @Test
    void propertyProposalsFollowTheType() throws Exception {
        HttpResponse<String> response = server.get("/reconcile/properties?type=Person");
        assertEquals(200, response.statusCode());
        assertJsonAnswer(response);
        ReconciliationSchemas.assertValid("data-extension-property-proposal", response.body());
        List<String> person = ids(JSON.readTree(response.body()).get("properties"));
        assertTrue(person.contains("organisation") && person.contains("wikidata") && person.contains("source"), person.toString());
        assertFalse(person.contains("startDate"));
        List<String> union = ids(JSON.readTree(server.get("/reconcile/properties?type=TradeUnion").body()).get("properties"));
        assertTrue(union.contains("organisationType") && union.contains("basedIn") && union.contains("region"), union.toString());
        List<String> event = ids(JSON.readTree(server.get("/reconcile/properties?type=Strike").body()).get("properties"));
        assertTrue(event.contains("startDate") && event.contains("startDatePrecision") && event.contains("participantCountSource"), event.toString());
        HttpResponse<String> untyped = server.get("/reconcile/properties");
        assertEquals(200, untyped.statusCode(), untyped.body());
        ReconciliationSchemas.assertValid("data-extension-property-proposal", untyped.body());
        List<String> all = ids(JSON.readTree(untyped.body()).get("properties"));
        assertTrue(all.contains("organisation") && all.contains("startDate") && all.contains("region"), "a column of no particular type: " + all);
        HttpResponse<String> limited = server.get("/reconcile/properties?type=Event&limit=3");
        ReconciliationSchemas.assertValid("data-extension-property-proposal", limited.body());
        assertEquals(3, JSON.readTree(limited.body()).get("properties").size());
    }

    // --- CORS and JSONP ------------------------------------------------------------------------

    @Test
    void preflightAllowsAnyOrigin() throws Exception {
        HttpResponse<String> response = server.method("OPTIONS", "/reconcile", "Origin", "http://127.0.0.1:3333", "Access-Control-Request-Method", "POST");
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void jsonpWrapsTheManifestAndTheResults() throws Exception {
        HttpResponse<String> response = server.get("/reconcile?callback=jQuery1234_5678");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String body = response.body();
        assertTrue(body.startsWith("/**/jQuery1234_5678(") && body.endsWith(");"), body);
        ReconciliationSchemas.assertValid("manifest", body.substring("/**/jQuery1234_5678(".length(), body.length() - 2));
        String batch = ReconcileServer.encode("{\"q0\": {\"query\": \"Zhanaozen\"}}");
        String results = server.get("/reconcile?callback=cb&queries=" + batch).body();
        assertTrue(results.startsWith("/**/cb("));
        ReconciliationSchemas.assertValid("reconciliation-result-batch", results.substring(7, results.length() - 2));
    }
}
