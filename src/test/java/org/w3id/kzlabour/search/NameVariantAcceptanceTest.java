package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The search test set ({@code queries/search/name-variants.tsv}) on the real engine over the
 * shipped graph: recall@1 at least 0.90, recall@5 at least 0.97, and no name that must not match
 * returned as an exact label, an alias or a transliteration.
 */
class NameVariantAcceptanceTest {

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.inMemory(ShippedGraph.load(), false);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void recallAndNoConfidentFalseMatches() {
        NameVariantSet set = NameVariantSet.shipped(Path.of(System.getProperty("kg.projectDir", ".")).toAbsolutePath().normalize());
        assertTrue(set.queries().size() >= 100, "the set has at least 100 queries");
        NameVariantSet.Result result = set.run(index);
        StringBuilder report = new StringBuilder(result.toString());
        for (NameVariantSet.Query missed : result.missedAt5()) {
            List<SearchHit> hits = index.search(missed.query(), Set.of(), 3);
            report.append("\n  missed@5: ").append(missed.query()).append(" (").append(missed.system()).append(") -> ")
                  .append(hits.stream().map(h -> h.iri() + " " + h.kind()).toList());
        }
        System.out.println("NameVariantSet on the engine: " + report);
        assertTrue(result.recallAt1() >= 0.90, report.toString());
        assertTrue(result.recallAt5() >= 0.97, report.toString());
        assertTrue(result.falseMatches().isEmpty(), report.toString());
    }
}
