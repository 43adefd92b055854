package org.w3id.kzlabour.search;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search test set itself (size, coverage of systems and entities, IRIs that exist), its
 * key-level coverage against the shipped data (a whole-name query has the {@link NameKey} of a label
 * or alias of its entity; a must-not-match query has the key of no name at all), and the harness's
 * arithmetic on scripted engines.
 */
class NameVariantSetTest {

    private static final Path ROOT = Path.of(System.getProperty("kg.projectDir", ".")).toAbsolutePath().normalize();
    private static final Set<String> SYSTEMS = Set.of("kk-cyrl", "ru-cyrl", "kazakh-latin-2017", "kazakh-latin-2018",
            "kazakh-latin-2021", "bgn-pcgn", "iso9", "gost-b", "passport", "press", "case", "diacritics", "typo",
            "surname-only", "partial", "historical", "alias", "abbreviation", NameVariantSet.MUST_NOT_MATCH);

    private static NameVariantSet set;
    /** Every name (rdfs:label, skos:prefLabel, skos:altLabel) of every subject of the shipped data. */
    private static Map<String, List<String>> namesByEntity;

    @BeforeAll
    static void load() throws IOException {
        set = NameVariantSet.shipped(ROOT);
        Model data = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(ROOT.resolve("data"))) {
            files.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(data, p.toString()));
        }
        namesByEntity = new HashMap<>();
        for (Property property : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
            for (Statement statement : data.listStatements(null, property, (RDFNode) null).toList()) {
                if (statement.getSubject().isURIResource() && statement.getObject().isLiteral()) {
                    Literal name = statement.getObject().asLiteral();
                    namesByEntity.computeIfAbsent(statement.getSubject().getURI(), k -> new ArrayList<>()).add(name.getLexicalForm());
                }
            }
        }
    }

    private static Set<String> keysOf(String entity) {
        return namesByEntity.getOrDefault(entity, List.of()).stream().map(NameKey::of).collect(Collectors.toSet());
    }

    private static String compact(String key) {
        return key.replace(" ", "");
    }

    /** The query meets a name of {@code entity} by its main key. */
    private static boolean meetsByMainKey(NameVariantSet.Query query, String entity) {
        return keysOf(entity).contains(NameKey.of(query.query()));
    }

    /** The query meets a name by one of its alternative keys, or by its key with spaces ignored (NameKey.joined). */
    private static boolean meetsByAnyKey(NameVariantSet.Query query, String entity) {
        Set<String> keys = keysOf(entity);
        Set<String> compactKeys = namesByEntity.getOrDefault(entity, List.of()).stream().map(NameKey::joined).collect(Collectors.toSet());
        return NameKey.alternatives(query.query()).stream()
                .anyMatch(key -> keys.contains(key) || compactKeys.contains(compact(key)));
    }

    @Test
    void theSetIsLargeAndCoversEverySystemAndKindOfEntity() {
        List<NameVariantSet.Query> queries = set.queries();
        assertTrue(queries.size() >= 110, "queries: " + queries.size());
        assertTrue(queries.stream().filter(NameVariantSet.Query::mustNotMatch).count() >= 15, "must-not-match queries");
        Set<String> systems = queries.stream().map(NameVariantSet.Query::system).collect(Collectors.toSet());
        assertTrue(SYSTEMS.containsAll(systems), "unknown systems: " + systems.stream().filter(s -> !SYSTEMS.contains(s)).toList());
        assertEquals(SYSTEMS, systems, "every system has at least one query");
        for (String kind : List.of("/id/place/", "/id/org/", "/id/person/")) {
            assertTrue(queries.stream().filter(q -> q.expected().contains(kind)).count() >= 20, "queries for " + kind);
        }
        Set<String> seen = new HashSet<>();
        for (NameVariantSet.Query query : queries) {
            assertTrue(seen.add(query.query()), "line " + query.line() + ": duplicate query " + query.query());
            assertTrue(query.mustNotMatch() || namesByEntity.containsKey(query.expected()),
                    "line " + query.line() + ": " + query.expected() + " has no name in data/");
            assertTrue(!query.source().contains("names.tsv") && !query.source().contains("../"), "line " + query.line() + ": internal file name in source");
        }
    }

    @Test
    void oneLetterTyposAreInNamesOfFiveOrMoreLettersAndAreNotAnotherSpelling() {
        List<NameVariantSet.Query> typos = set.queries().stream().filter(q -> q.system().equals("typo")).toList();
        assertTrue(typos.size() >= 10, "typo queries: " + typos.size());
        for (NameVariantSet.Query typo : typos) {
            assertTrue(typo.query().replace(" ", "").length() >= 5, typo.query());
            assertTrue(!meetsByAnyKey(typo, typo.expected()), "line " + typo.line() + ": " + typo.query()
                    + " is not a typo at the key level (it has the key of a name of its entity)");
        }
    }

    /**
     * Key-level coverage: every whole-name query (not a typo, not a surname alone, not a part of a
     * name) meets a label or alias of its entity by a key. Prints the share met by the main key
     * alone (NameKey.of), and by the alternative keys or with spaces ignored.
     */
    @Test
    void everyWholeNameQueryHasTheKeyOfANameOfItsEntity() {
        List<NameVariantSet.Query> whole = set.queries().stream().filter(NameVariantSet.Query::wholeName).toList();
        List<NameVariantSet.Query> byMainKey = whole.stream().filter(q -> meetsByMainKey(q, q.expected())).toList();
        List<NameVariantSet.Query> notByAnyKey = whole.stream().filter(q -> !meetsByAnyKey(q, q.expected())).toList();
        Map<String, String> missedByMainKey = new LinkedHashMap<>();
        whole.stream().filter(q -> !byMainKey.contains(q)).forEach(q -> missedByMainKey.put(q.query(), NameKey.of(q.query())));
        System.out.printf(Locale.ROOT, "name-variants key-level coverage: main key %d/%d (%.3f), any key %d/%d (%.3f); main key misses: %s%n",
                byMainKey.size(), whole.size(), (double) byMainKey.size() / whole.size(),
                whole.size() - notByAnyKey.size(), whole.size(), (double) (whole.size() - notByAnyKey.size()) / whole.size(),
                missedByMainKey);
        assertEquals(List.of(), notByAnyKey.stream().map(q -> "line " + q.line() + " " + q.query() + " -> " + NameKey.alternatives(q.query())
                + " not among " + keysOf(q.expected())).toList());
    }

    @Test
    void noMustNotMatchQueryHasTheKeyOfAnyNameInTheGraph() {
        Map<String, String> entityByKey = new HashMap<>();
        namesByEntity.forEach((entity, names) -> names.forEach(name -> {
            entityByKey.put(NameKey.of(name), entity);
            entityByKey.put(compact(NameKey.of(name)), entity);
        }));
        List<String> collisions = new ArrayList<>();
        for (NameVariantSet.Query query : set.queries()) {
            if (query.mustNotMatch()) {
                for (String key : NameKey.alternatives(query.query())) {
                    for (String form : List.of(key, compact(key))) {
                        if (entityByKey.containsKey(form)) {
                            collisions.add(query.query() + " has the key '" + form + "' of a name of " + entityByKey.get(form));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), collisions);
    }

    @Test
    void harnessCountsRecallAtOneAndFiveAndConfidentMatchesOfForbiddenNames(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("set.tsv");
        Files.writeString(tsv, String.join("\n",
                "query\texpected\tsystem\tsource",
                "Zhanaozen\thttps://e/zhanaozen\tpress\ta",
                "Janaozen\thttps://e/zhanaozen\tpress\tb",
                "Zhetybai\thttps://e/zhetybai\tpress\tc",
                "Aktau\t\tmust-not-match\td",
                "Zhanatas\t\tmust-not-match\te", ""), StandardCharsets.UTF_8);
        EntitySearch scripted = (text, types, limit) -> switch (text) {
            case "Zhanaozen" -> List.of(hit("https://e/zhanaozen", MatchKind.EXACT_LABEL));
            case "Janaozen" -> List.of(hit("https://e/other", MatchKind.FUZZY), hit("https://e/zhanaozen", MatchKind.ALIAS));
            case "Aktau" -> List.of(hit("https://e/atyrau", MatchKind.FUZZY));
            case "Zhanatas" -> List.of(hit("https://e/zhanaozen", MatchKind.TRANSLITERATED));
            default -> List.of();
        };
        NameVariantSet.Result result = NameVariantSet.read(tsv).run(scripted);
        assertEquals(3, result.positives());
        assertEquals(1, result.foundAt1());
        assertEquals(2, result.foundAt5());
        assertEquals(List.of("Zhetybai"), result.missedAt5().stream().map(NameVariantSet.Query::query).toList());
        assertEquals(List.of("Zhanatas -> https://e/zhanaozen (TRANSLITERATED)"), result.falseMatches());
        assertEquals(1.0 / 3, result.recallAt1(), 1e-9);
        assertEquals(2.0 / 3, result.recallAt5(), 1e-9);
    }

    @Test
    void harnessLooksAtTheFirstFiveHitsOnly(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("set.tsv");
        Files.writeString(tsv, "query\texpected\tsystem\tsource\nAtyrau\thttps://e/atyrau\tpartial\tx\n", StandardCharsets.UTF_8);
        EntitySearch tooMany = (text, types, limit) -> List.of(hit("https://e/1", MatchKind.FUZZY), hit("https://e/2", MatchKind.FUZZY),
                hit("https://e/3", MatchKind.FUZZY), hit("https://e/4", MatchKind.FUZZY), hit("https://e/5", MatchKind.FUZZY),
                hit("https://e/atyrau", MatchKind.FUZZY));
        assertEquals(0, NameVariantSet.read(tsv).run(tooMany).foundAt5());
    }

    @Test
    void malformedLinesAreRejectedWithTheirLineNumber(@TempDir Path dir) throws IOException {
        Path badHeader = dir.resolve("header.tsv");
        Files.writeString(badHeader, "q\texpected\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> NameVariantSet.read(badHeader));
        Path noSource = dir.resolve("nosource.tsv");
        Files.writeString(noSource, "query\texpected\tsystem\tsource\nAktau\t\tmust-not-match\t\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameVariantSet.read(noSource));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Path emptyExpected = dir.resolve("empty.tsv");
        Files.writeString(emptyExpected, "query\texpected\tsystem\tsource\nAstana\t\tpress\tx\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> NameVariantSet.read(emptyExpected));
    }

    private static SearchHit hit(String iri, MatchKind kind) {
        return new SearchHit(iri, Map.of(), List.of(), iri, kind, 50);
    }
}
