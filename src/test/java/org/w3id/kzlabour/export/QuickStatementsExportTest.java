package org.w3id.kzlabour.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The QuickStatements export: every line of the export of the shipped graph passes a strict reader
 * of the v1 syntax (with the allow-lists), the West Oil Software strike gets its CREATE block, and an
 * approximate count stays approximate; what the rules forbid is left out and listed.
 */
class QuickStatementsExportTest {

    private static final String REFERENCE = "S1476\ten:\"Kazakhstan must respect workers’ right to strike\"\tS577\t+2024-01-29T00:00:00Z/11";

    private static WikidataAllowList allow;
    private static QuickStatementsExport.Export shipped;
    private static List<QuickStatementsV1Reader.Command> commands;

    @BeforeAll
    static void export() {
        allow = WikidataAllowList.shipped();
        shipped = QuickStatementsExport.build(ShippedGraph.load().getDefaultGraph(), allow);
        commands = new QuickStatementsV1Reader(allow).parse(shipped.lines());
    }

    @Test
    void theAllowListsComeFromTheRepository() {
        assertTrue(allow.property("P31") && allow.property("P1132") && allow.property("P1480"), allow.properties().toString());
        assertTrue(allow.item("Q49776") && allow.item("Q5727902"));
        assertFalse(allow.item("Q2231416"), "a rejected QID is on the list");
        assertFalse(allow.property("P1"));
    }

    @Test
    void everyLineOfTheShippedExportParsesStrictly() {
        assertEquals(shipped.lines().size(), commands.size());
        assertTrue(commands.stream().anyMatch(c -> c.kind().equals("CREATE")));
        assertTrue(commands.stream().filter(c -> c.kind().equals("STATEMENT")).count() >= 10, shipped.lines().toString());
    }

    @Test
    void theWestOilSoftwareStrikeGetsItsCreateBlock() {
        List<String> block = createBlock("LAST\tLen\t\"West Oil Software strike, Zhetybai\"");
        assertEquals(List.of(
                "CREATE",
                "LAST\tLen\t\"West Oil Software strike, Zhetybai\"",
                "LAST\tP31\tQ49776\t" + REFERENCE,
                "LAST\tP276\tQ238931\t" + REFERENCE,
                "LAST\tP17\tQ232\t" + REFERENCE,
                "LAST\tP580\t+2023-12-11T00:00:00Z/11\t" + REFERENCE,
                "LAST\tP1132\t500\tP1480\tQ5727902\t" + REFERENCE), block);
    }

    @Test
    void theApproximateStrikerCountKeepsItsApproximation() {
        QuickStatementsV1Reader.Command count = commands.stream()
                .filter(c -> "P1132".equals(c.property()) && "500".equals(c.value())).findFirst().orElseThrow();
        assertEquals(List.of(new QuickStatementsV1Reader.Pair("P1480", "Q5727902")), count.qualifiers());
        assertFalse(count.value().contains("~"), "no invented bounds: " + count.value());
    }

    @Test
    void sourcesWithoutAUrlGetNoReferenceUrl() {
        assertTrue(shipped.lines().stream().noneMatch(l -> l.contains("S854")));
    }

    @Test
    void noRejectedOrUnverifiedIdAppears() {
        for (String line : shipped.lines())
            for (String col : line.split("\t"))
                if (col.matches("Q[0-9]+"))
                    assertTrue(allow.item(col), line);
    }

    @Test
    void whatIsLeftOutIsListed() {
        assertTrue(shipped.leftOut().stream().anyMatch(r -> r.startsWith("event/wos-strike-2023: location place/zhetybai")), shipped.leftOut().toString());
        assertTrue(shipped.leftOut().stream().anyMatch(r -> r.startsWith("event/zhanaozen-oil-workers-strike-2011: not created")));
        assertTrue(shipped.leftOut().stream().anyMatch(r -> r.contains("wos-strike-2023: participant has no verified Wikidata property")));
    }

    // ---- rules on a small graph ----------------------------------------------------------------

    private static final String FIXTURE = """
            @prefix kzl: <https://w3id.org/kz-labour/ontology#> .
            @prefix src: <https://w3id.org/kz-labour/id/source/> .
            @prefix pl: <https://w3id.org/kz-labour/id/place/> .
            @prefix ev: <https://w3id.org/kz-labour/id/event/> .
            @prefix cl: <https://w3id.org/kz-labour/id/claim/> .
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            kzl:Strike rdfs:subClassOf kzl:Event ; skos:closeMatch wd:Q49776 .
            kzl:Event skos:closeMatch wd:Q1656682 .
            src:a a kzl:SourceDocument ; dcterms:title "A report"@en ;
                dcterms:issued "2022-03-01"^^xsd:date ; kzl:issuedPrecision time:unitMonth .
            pl:town kzl:locatedIn pl:country ; a kzl:Place .
            pl:country a kzl:Country, kzl:Place ; owl:sameAs wd:Q232 .
            ev:s a kzl:Strike, kzl:Event ; rdfs:label "A strike (2022)"@en, "Забастовка"@ru ;
                kzl:startDate "2022-03-05"^^xsd:date ; kzl:startDatePrecision time:unitDay ;
                kzl:place pl:town ; kzl:participantCount 120 ;
                prov:wasDerivedFrom src:a .
            cl:c kzl:claimSubject ev:s ; kzl:claimProperty kzl:participantCount ;
                kzl:quantity 120 ; kzl:valueQualifier kzl:%s ; kzl:statedIn src:a .
            """;

    private static QuickStatementsExport.Export fixture(String qualifier, WikidataAllowList lists) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(FIXTURE.formatted(qualifier), Lang.TURTLE).parse(graph);
        QuickStatementsExport.Export export = QuickStatementsExport.build(graph, lists);
        new QuickStatementsV1Reader(lists).parse(export.lines());
        return export;
    }

    private static final String FIXTURE_REF = "S1476\ten:\"A report\"\tS577\t+2022-03-00T00:00:00Z/10";

    @Test
    void anApproximateCountGetsCirca() {
        QuickStatementsExport.Export export = fixture("qualifierApproximate", allow);
        assertTrue(export.lines().contains("LAST\tP1132\t120\tP1480\tQ5727902\t" + FIXTURE_REF), export.lines().toString());
        assertTrue(export.lines().contains("LAST\tLru\t\"Забастовка\""));
        assertTrue(export.lines().contains("LAST\tP276\tQ232\t" + FIXTURE_REF), "nearest linked place: " + export.lines());
    }

    @Test
    void anExactCountIsWrittenPlain() {
        QuickStatementsExport.Export export = fixture("qualifierExact", allow);
        assertTrue(export.lines().contains("LAST\tP1132\t120\t" + FIXTURE_REF), export.lines().toString());
    }

    @Test
    void aLowerBoundIsNotWrittenAsAFigure() {
        QuickStatementsExport.Export export = fixture("qualifierAtLeast", allow);
        assertTrue(export.lines().stream().noneMatch(l -> l.contains("\tP1132\t")), export.lines().toString());
        assertTrue(export.leftOut().stream().anyMatch(r -> r.contains("qualifierAtLeast")), export.leftOut().toString());
    }

    @Test
    void withoutAVerifiedCircaTheApproximateCountIsLeftOutNotMadeExact() {
        Set<String> properties = new HashSet<>(allow.properties());
        properties.remove("P1480");
        QuickStatementsExport.Export export = fixture("qualifierApproximate", new WikidataAllowList(allow.items(), properties));
        assertTrue(export.lines().stream().noneMatch(l -> l.contains("\tP1132\t")), export.lines().toString());
        assertTrue(export.leftOut().stream().anyMatch(r -> r.contains("qualifier P1480")), export.leftOut().toString());
    }

    @Test
    void anUnverifiedPropertyIsLeftOutAndListed() {
        Set<String> properties = new HashSet<>(allow.properties());
        properties.remove("P580");
        QuickStatementsExport.Export export = fixture("qualifierExact", new WikidataAllowList(allow.items(), properties));
        assertTrue(export.lines().stream().noneMatch(l -> l.contains("\tP580\t")));
        assertTrue(export.leftOut().stream().anyMatch(r -> r.contains("property P580 is not on the verified properties list")), export.leftOut().toString());
    }

    @Test
    void withoutAUsableSourceNothingIsWritten() {
        Set<String> properties = new HashSet<>(allow.properties());
        properties.remove("P1476");
        properties.remove("P577");
        QuickStatementsExport.Export export = fixture("qualifierExact", new WikidataAllowList(allow.items(), properties));
        assertTrue(export.lines().stream().allMatch(l -> l.equals("CREATE") || l.contains("\tL")), export.lines().toString());
        assertTrue(export.leftOut().stream().anyMatch(r -> r.contains("no source with a title or publication date")));
    }

    // ---- the reader fails on what breaks the syntax or the rules -------------------------------------

    @Test
    void theReaderRejectsBrokenLines() {
        QuickStatementsV1Reader reader = new QuickStatementsV1Reader(allow);
        String ok = "Q232\tP31\tQ6256\tS1476\ten:\"T\"\tS577\t+2021-12-00T00:00:00Z/10";
        reader.parse(List.of(ok));
        for (String bad : List.of(
                "Q232\tP31\tQ6256",                                               // no reference
                "Q232\tP31\tQ6256\tS1476",                                        // odd pair
                "Q232\tP1\tQ6256\tS1476\ten:\"T\"",                               // unverified property
                "Q232\tP31\tQ2231416\tS1476\ten:\"T\"",                           // rejected item
                "LAST\tP31\tQ6256\tS1476\ten:\"T\"",                              // LAST before CREATE
                "Q232\tP580\t+2021-12-05T00:00:00Z/12\tS1476\ten:\"T\"",          // precision 12
                "Q232\tP580\t+2021-12-05T00:00:00Z/10\tS1476\ten:\"T\"",          // day below month precision
                "Q232\tP1132\t\"500\"\tS1476\ten:\"T\"",                          // quantity as a string
                "Q232\tP31\tQ6256\tS1476\ten:\"T\"\tP1480\tQ5727902",             // qualifier after reference
                "Q232\tP31\tQ6256\t!S1476\ten:\"T\"",                             // group marker first
                "Q232\tLen\tno quotes",
                "Q232\tP31\tQ6256\tS1476\ten:\"T /* summary */\"",
                "CREATE ",
                "")) {
            List<String> lines = new ArrayList<>(List.of(ok, bad));
            assertThrows(QuickStatementsV1Reader.SyntaxError.class, () -> reader.parse(lines), bad);
        }
    }

    private static List<String> createBlock(String labelLine) {
        List<String> lines = shipped.lines();
        int label = lines.indexOf(labelLine);
        assertTrue(label > 0 && lines.get(label - 1).equals("CREATE"), "no CREATE block with " + labelLine + ": " + lines);
        int end = label + 1;
        while (end < lines.size() && !lines.get(end).equals("CREATE") && lines.get(end).startsWith("LAST"))
            end++;
        return lines.subList(label - 1, end);
    }
}
