package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.server.HttpError;

/** The small pieces of the reconciliation service: ids, query parsing, dates, JSON limits, callbacks. */
class ReconciliationUnitsTest {

    static final Node MONTH = NodeFactory.createURI("http://www.w3.org/2006/time#unitMonth");
    static final Node YEAR = NodeFactory.createURI("http://www.w3.org/2006/time#unitYear");
    static final Node DAY = NodeFactory.createURI("http://www.w3.org/2006/time#unitDay");

    final ReconciliationIds ids = new ReconciliationIds(PublicBase.standard());
    final ReconciliationProperties catalogue = ReconciliationProperties.standard();
    final ReconciliationGraph graph = new ReconciliationGraph(ReconciliationMatcherTest.reader(), catalogue);

    ReconciliationQuery parse(String json) {
        return ReconciliationQuery.parse(JSON.parseAny(json), ids, graph, catalogue);
    }

    @Test
    void entityIdsAreRelativeToTheIdentifierSpace() {
        assertEquals("place/zhanaozen", ids.entityId("https://w3id.org/kz-labour/id/place/zhanaozen"));
        assertEquals("https://w3id.org/kz-labour/id/place/zhanaozen", ids.entityIri("place/zhanaozen"));
        assertEquals("https://w3id.org/kz-labour/id/place/zhanaozen", ids.entityIri("https://w3id.org/kz-labour/id/place/zhanaozen"));
        assertNull(ids.entityIri("../etc/passwd"));
        assertNull(ids.entityIri("place/a b"));
        assertNull(ids.entityIri("<script>"));
        assertEquals("https://w3id.org/kz-labour/ontology#Person", ids.termIri("Person"));
        assertEquals("https://w3id.org/kz-labour/ontology#Person", ids.termIri("kzl:Person"));
        assertNull(ids.termIri("no such type"));
    }

    @Test
    void anotherPublicBaseGivesItsOwnIdentifierSpace() {
        ReconciliationService service = new ReconciliationService(new ScriptedSearch(), ReconciliationMatcherTest.reader(), new PublicBase("https://example.org/kg/"));
        JsonObject manifest = service.manifest("http://127.0.0.1:8080");
        assertEquals("https://example.org/kg/id/", manifest.getString("identifierSpace"));
        assertEquals("https://w3id.org/kz-labour/ontology#", manifest.getString("schemaSpace"));
        assertEquals("http://127.0.0.1:8080/id/{{id}}", manifest.getObj("view").getString("url"));
        ReconciliationSchemas.assertValid("manifest", ReconciliationJson.write(manifest));
    }

    @Test
    void queriesParseStrictly() {
        ReconciliationQuery q = parse("{\"query\": \" Aqtau \", \"type\": [\"City\", \"Place\"], \"type_strict\": \"all\", \"limit\": 3,"
                                      + " \"properties\": [{\"pid\": \"region\", \"v\": [\"Mangistau\", {\"id\": \"place/r\"}, 4, true]}]}");
        assertEquals("Aqtau", q.text());
        assertEquals(Set.of(ReconciliationMatcherTest.KZL + "City", ReconciliationMatcherTest.KZL + "Place"), q.types());
        assertEquals(ReconciliationQuery.Strictness.ALL, q.strictness());
        assertEquals(3, q.limit());
        assertEquals(4, q.properties().get(0).values().size());
        assertEquals(ReconciliationQuery.DEFAULT_LIMIT, parse("{\"query\": \"x\"}").limit());
        assertEquals(ReconciliationQuery.MAX_LIMIT, parse("{\"query\": \"x\", \"limit\": 100000}").limit());
        assertEquals(ReconciliationQuery.Strictness.ANY, parse("{\"query\": \"x\", \"type\": \"Person\"}").strictness());
        for (String bad : List.of("{\"query\": \"x\", \"limit\": \"3\"}", "{\"query\": \"x\", \"limit\": -1}", "{\"query\": \"x\", \"limit\": 1.5}",
                                  "{\"query\": \"x\", \"foo\": 1}", "{\"query\": \"\"}", "{}", "[]", "{\"query\": \"x\", \"type\": 3}",
                                  "{\"query\": \"x\", \"type\": \"Unicorn\"}", "{\"query\": \"x\", \"type_strict\": \"some\"}",
                                  "{\"query\": \"x\", \"properties\": {}}", "{\"query\": \"x\", \"properties\": [{\"pid\": \"region\"}]}",
                                  "{\"query\": \"x\", \"properties\": [{\"v\": \"a\"}]}", "{\"query\": \"x\", \"properties\": [{\"pid\": \"region\", \"v\": null}]}",
                                  "{\"query\": \"x\", \"properties\": [{\"pid\": \"region\", \"v\": {\"name\": \"no id\"}}]}"))
            assertThrows(InvalidQueryException.class, () -> parse(bad), bad);
    }

    @Test
    void propertiesOnlyQueriesAreAcceptedButFindNothingByName() {
        ReconciliationQuery q = parse("{\"properties\": [{\"pid\": \"region\", \"v\": \"Mangistau\"}]}");
        assertEquals("", q.text());
        assertEquals(0, new ReconciliationMatcher(new ScriptedSearch(), graph, ids).answer(q).size());
    }

    @Test
    void datesKeepTheirPrecision() {
        assertEquals("2011", ReconciliationValues.dateAtPrecision("2011-01-01", YEAR));
        assertEquals("2014-06", ReconciliationValues.dateAtPrecision("2014-06-01", MONTH));
        assertEquals("2011-12-16", ReconciliationValues.dateAtPrecision("2011-12-16", DAY));
        assertEquals("2011-12-16", ReconciliationValues.dateAtPrecision("2011-12-16", null));
        assertEquals("day", ReconciliationValues.precisionWord(DAY));
        assertTrue(ReconciliationPropertyCheck.sameDate("2011", "2011-12-16", DAY));
        assertTrue(ReconciliationPropertyCheck.sameDate("2014-06-15", "2014-06-01", MONTH), "within the month it is known to");
        assertFalse(ReconciliationPropertyCheck.sameDate("2014-07", "2014-06-01", MONTH));
        assertFalse(ReconciliationPropertyCheck.sameDate("June 2014", "2014-06-01", MONTH));
        Node date = NodeFactory.createLiteralDT("2014-06-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        ReconciliationProperty adoption = catalogue.get("adoptionDate");
        JsonObject text = ReconciliationValues.cell(new ReconciliationGraph.Value(date, MONTH), adoption, ids, graph, false);
        JsonObject dateTime = ReconciliationValues.cell(new ReconciliationGraph.Value(date, MONTH), adoption, ids, graph, true);
        assertEquals("2014-06", text.getString("str"));
        assertEquals("2014-06-01T00:00:00Z", dateTime.getString("date"));
    }

    @Test
    void qidsOnlyFromWikidataEntityIris() {
        assertEquals("Q1000852", ReconciliationValues.qid(NodeFactory.createURI("http://www.wikidata.org/entity/Q1000852")));
        assertNull(ReconciliationValues.qid(NodeFactory.createURI("http://www.wikidata.org/entity/P31")));
        assertNull(ReconciliationValues.qid(NodeFactory.createURI("https://example.org/Q1")));
    }

    @Test
    void jsonLimitsAndEscapes() {
        assertEquals(3, ReconciliationJson.depth("{\"a\": [{\"b\": \"[[[[\"}]}"));
        assertThrows(HttpError.class, () -> ReconciliationJson.parse("queries", "[".repeat(50) + "]".repeat(50)));
        assertThrows(HttpError.class, () -> ReconciliationJson.parse("queries", "{'q0': 1}"));
        assertThrows(HttpError.class, () -> ReconciliationJson.parse("queries", "{\"q0\": }"));
        assertThrows(HttpError.class, () -> ReconciliationJson.parse("queries", "{\"q0\": {}} trailing"));
        assertThrows(HttpError.class, () -> ReconciliationJson.parse("queries", "{\"q0\": NaN}"));
        assertEquals(1, ReconciliationJson.parse("queries", "{\"q0\": {\"query\": \"\\u0416\"}}").getAsObject().size());
        JsonObject o = new JsonObject();
        o.put("s", "line\u2028break");
        assertFalse(ReconciliationJson.write(o).contains("\u2028"));
        assertEquals("line\u2028break", JSON.parse(ReconciliationJson.write(o)).getString("s"));
    }

    @Test
    void everyCatalogueQueryParsesAndEveryDomainIsAClass() {
        for (ReconciliationProperty property : catalogue.all())
            for (String domain : property.domains())
                assertTrue(domain.equals("*") || Set.of("Place", "Organisation", "Person", "Event", "LegalInstrument", "SourceDocument").contains(domain),
                           property.id() + " " + domain);
        assertTrue(catalogue.get("startDatePrecision") != null && catalogue.get("startDateSource") != null);
    }
}
