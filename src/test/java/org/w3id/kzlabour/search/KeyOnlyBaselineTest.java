package org.w3id.kzlabour.search;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the name key alone achieves on the search test set: a baseline engine that finds an entity
 * only when a key of the query ({@link NameKey#alternatives}, {@link NameKey#joined}) equals the key
 * of one of its names, with no fuzzy or partial matching. The real engine must do at least this well;
 * typos and surnames alone are left to its fuzzy matching. Also shows the harness running end to end.
 */
class KeyOnlyBaselineTest {

    private static final Path ROOT = Path.of(System.getProperty("kg.projectDir", ".")).toAbsolutePath().normalize();

    private record Name(String entity, String text, boolean label, String key, String joined) {}

    /** Exact key lookup over the names of the shipped data. */
    private static final class KeyOnlySearch implements EntitySearch {
        private final List<Name> names = new ArrayList<>();
        private final Map<String, List<String>> types = new LinkedHashMap<>();

        KeyOnlySearch(Model data) {
            for (Property property : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
                for (Statement st : data.listStatements(null, property, (RDFNode) null).toList()) {
                    if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                        String text = st.getObject().asLiteral().getLexicalForm();
                        names.add(new Name(st.getSubject().getURI(), text, property.equals(RDFS.label), NameKey.of(text), NameKey.joined(text)));
                    }
                }
            }
            data.listStatements(null, RDF.type, (RDFNode) null).forEach(st -> {
                if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                    types.computeIfAbsent(st.getSubject().getURI(), k -> new ArrayList<>()).add(st.getObject().asResource().getURI());
                }
            });
        }

        @Override
        public List<SearchHit> search(String text, Set<String> wanted, int limit) {
            Set<String> keys = NameKey.alternatives(text);
            String joined = NameKey.joined(text);
            Map<String, SearchHit> best = new LinkedHashMap<>();
            for (Name name : names) {
                boolean sameKey = keys.contains(name.key()) || joined.equals(name.joined());
                List<String> entityTypes = types.getOrDefault(name.entity(), List.of());
                if (!sameKey || (!wanted.isEmpty() && entityTypes.stream().noneMatch(wanted::contains))) {
                    continue;
                }
                MatchKind kind = !text.strip().equalsIgnoreCase(name.text()) ? MatchKind.TRANSLITERATED
                        : name.label() ? MatchKind.EXACT_LABEL : MatchKind.ALIAS;
                SearchHit hit = new SearchHit(name.entity(), Map.of(), entityTypes, name.text(), kind, 100 - 10 * kind.ordinal());
                best.merge(name.entity(), hit, (a, b) -> a.score() >= b.score() ? a : b);
            }
            return best.values().stream().sorted(Comparator.comparingDouble(SearchHit::score).reversed()).limit(limit).toList();
        }
    }

    @Test
    void keyLookupFindsEveryWholeNameAndNoForbiddenOne() throws IOException {
        Model data = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(ROOT.resolve("data"))) {
            files.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(data, p.toString()));
        }
        NameVariantSet set = NameVariantSet.shipped(ROOT);
        NameVariantSet.Result result = set.run(new KeyOnlySearch(data));
        System.out.println("name-variants, key-only baseline: " + result);
        long whole = set.queries().stream().filter(NameVariantSet.Query::wholeName).count();
        List<String> missedWhole = result.missedAt5().stream().filter(NameVariantSet.Query::wholeName).map(NameVariantSet.Query::query).toList();
        assertEquals(List.of(), missedWhole, "whole names the key lookup misses");
        assertEquals(whole, result.foundAt5(), "the key lookup finds exactly the whole names (typos and surnames need fuzzy matching)");
        assertEquals(List.of(), result.falseMatches());
    }
}
