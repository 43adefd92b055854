package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@code /reconcile} on a real server: every one is a 4xx with a JSON body that says
 * what is wrong (and the CORS header, so a browser client can read it), never a 5xx.
 */
class ReconciliationBadInputTest {

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

    /** Asserts the status and a JSON error body whose message contains {@code reason}. */
    static void assertError(HttpResponse<String> response, int status, String reason) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "CORS on errors too");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("error").asText().contains(reason), "error '" + body.get("error").asText() + "' should mention '" + reason + "'");
    }

    static HttpResponse<String> post(String form) throws Exception {
        return server.postForm("/reconcile", form);
    }

    static HttpResponse<String> queries(String batch) throws Exception {
        return post("queries=" + ReconcileServer.encode(batch));
    }

    @Test
    void invalidJson() throws Exception {
        assertError(queries("{\"q0\": {\"query\": \"Zhanaozen\""), 400, "not valid JSON");
        assertError(queries(""), 400, "empty");
        assertError(queries("[{\"query\": \"Zhanaozen\"}]"), 400, "JSON object");
        assertError(server.get("/reconcile?extend=" + ReconcileServer.encode("{ids: [}")), 400, "not valid JSON");
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() throws Exception {
        String deep = "[".repeat(30_000) + "]".repeat(30_000);
        assertError(queries(deep), 400, "nested");
    }

    @Test
    void unknownFieldsInTheOnlyQuery() throws Exception {
        assertError(queries("{\"q0\": {\"query\": \"Zhanaozen\", \"lang\": \"en\"}}"), 400, "unknown field 'lang'");
        assertError(queries("{\"q0\": {\"query\": \"Zhanaozen\", \"properties\": [{\"pid\": \"region\", \"v\": \"x\", \"w\": 1}]}}"), 400, "unknown field 'w'");
        assertError(post("queries=" + ReconcileServer.encode("{}") + "&lang=en"), 400, "unknown parameter 'lang'");
    }

    @Test
    void limitThatIsNotANumber() throws Exception {
        assertError(queries("{\"q0\": {\"query\": \"Zhanaozen\", \"limit\": \"3\"}}"), 400, "'limit' must be a number");
        assertError(queries("{\"q0\": {\"query\": \"Zhanaozen\", \"limit\": 0}}"), 400, "positive whole number");
        assertError(queries("{\"q0\": {\"query\": \"Zhanaozen\", \"limit\": 2.5}}"), 400, "positive whole number");
    }

    @Test
    void otherInvalidQueries() throws Exception {
        assertError(queries("{\"q0\": {\"query\": \"\"}}"), 400, "non-empty");
        assertError(queries("{\"q0\": {\"query\": 42}}"), 400, "'query' must be a string");
        assertError(queries("{\"q0\": {\"query\": \"x\", \"type_strict\": \"maybe\"}}"), 400, "type_strict");
        assertError(queries("{\"q0\": {\"query\": \"x\", \"type\": \"Unicorn\"}}"), 400, "unknown type 'Unicorn'");
        assertError(queries("{\"q0\": \"Zhanaozen\"}"), 400, "JSON object");
        assertError(queries("{\"q0\": {\"query\": \"" + "a".repeat(600) + "\"}}"), 400, "longer than");
    }

    @Test
    void nonUtf8Input() throws Exception {
        assertError(post("queries=%FF%FE"), 400, "UTF-8");
        byte[] raw = "queries={\"q0\":{\"query\":\"\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);
        assertError(server.postBytes("/reconcile", "application/x-www-form-urlencoded; charset=UTF-8", raw), 400, "UTF-8");
        assertError(server.get("/reconcile?queries=%C3%28"), 400, "UTF-8");
        assertError(server.postBytes("/reconcile", "application/x-www-form-urlencoded; charset=ISO-8859-1", "queries={}".getBytes(StandardCharsets.ISO_8859_1)),
                    415, "UTF-8");
        assertError(server.postBytes("/reconcile", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415, "form");
    }

    @Test
    void malformedPercentEncoding() throws Exception {
        assertError(post("queries=%zz"), 400, "percent-encoding");
    }

    @Test
    void batchOverTheLimitIs413() throws Exception {
        StringBuilder batch = new StringBuilder("{");
        for (int i = 0; i <= ReconciliationManifest.BATCH_SIZE; i++)
            batch.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"Zhanaozen\"}");
        batch.append("}");
        assertError(queries(batch.toString()), 413, "at most 100");
    }

    @Test
    void bodyOverTheServerMaximumIs413() throws Exception {
        String huge = "queries=" + "a".repeat((int) ReconcileServer.MAX_BODY + 10);
        assertError(post(huge), 413, "larger than");
    }

    @Test
    void badExtendRequests() throws Exception {
        assertError(post("extend=" + ReconcileServer.encode("{\"ids\": [\"place/zhanaozen\"], \"properties\": [{\"id\": \"population\"}]}")), 400, "unknown property 'population'");
        assertError(post("extend=" + ReconcileServer.encode("{\"ids\": \"place/zhanaozen\", \"properties\": []}")), 400, "'ids'");
        assertError(post("extend=" + ReconcileServer.encode("{\"ids\": [], \"properties\": [{\"id\": \"region\"}], \"limit\": 3}")), 400, "unknown field 'limit'");
        assertError(post("extend=" + ReconcileServer.encode("{\"ids\": [], \"properties\": [{\"id\": \"startDate\", \"settings\": {\"date_format\": \"roman\"}}]}")), 400, "date_format");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i <= ReconciliationExtension.MAX_IDS; i++)
            ids.append(i == 0 ? "" : ",").append("\"place/p").append(i).append("\"");
        assertError(post("extend=" + ReconcileServer.encode("{\"ids\": [" + ids + "], \"properties\": [{\"id\": \"region\"}]}")), 413, "at most");
        assertError(post("queries=" + ReconcileServer.encode("{}") + "&extend=" + ReconcileServer.encode("{}")), 400, "not both");
    }

    @Test
    void badSuggestPreviewAndProposalRequests() throws Exception {
        assertError(server.get("/reconcile/suggest/entity"), 400, "'prefix' is required");
        assertError(server.get("/reconcile/suggest/type?prefix=a&cursor=minus"), 400, "'cursor'");
        assertError(server.get("/reconcile/suggest/entity?prefix=a&type=Unicorn"), 400, "unknown type");
        assertError(server.get("/reconcile/preview"), 400, "'id' is required");
        assertError(server.get("/reconcile/preview?id=place/atlantis"), 404, "no entity");
        assertError(server.get("/reconcile/preview?id=" + ReconcileServer.encode("<script>")), 404, "no entity");
        assertError(server.get("/reconcile/properties?type=Unicorn"), 400, "unknown type");
        assertError(server.get("/reconcile/properties?type=Person&limit=x"), 400, "'limit'");
        assertError(server.get("/reconcile/nothing-here"), 404, "manifest");
    }

    @Test
    void badCallbackAndMethods() throws Exception {
        assertError(server.get("/reconcile?callback=" + ReconcileServer.encode("alert(1)")), 400, "callback");
        assertError(server.get("/reconcile?callback=" + ReconcileServer.encode("a b")), 400, "callback");
        assertError(server.method("PUT", "/reconcile"), 405, "not allowed");
        assertError(server.method("DELETE", "/reconcile/preview?id=place/zhanaozen"), 405, "not allowed");
        assertError(server.get("/reconcile?queries=a&queries=b"), 400, "more than once");
    }
}
