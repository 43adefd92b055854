package org.w3id.kzlabour.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search test set {@code queries/search/name-variants.tsv}: spellings of the graph's places,
 * organisations and persons as the romanisation systems, gazetteers and the press write them, with the
 * entity each must find, and names that must find nothing. Given any {@link EntitySearch} it measures
 * recall@1 and recall@5 over the queries with an expected entity, and lists the must-not-match queries
 * that the engine returns with a {@link MatchKind} that reconciliation would call {@code match: true}.
 * Reusable by the engine's and the reconciliation service's acceptance tests.
 */
public final class NameVariantSet {

    /** The file's header, in this order. */
    public static final List<String> COLUMNS = List.of("query", "expected", "system", "source");

    /** The system of a query that must find nothing. */
    public static final String MUST_NOT_MATCH = "must-not-match";

    /** Systems whose queries meet their entity only in part or with an edit, never by the whole key. */
    public static final Set<String> PARTIAL_SYSTEMS = Set.of("typo", "surname-only", "partial");

    /** Match kinds that count as a confident match ({@code match: true} in reconciliation). */
    public static final Set<MatchKind> CONFIDENT = EnumSet.of(MatchKind.EXACT_LABEL, MatchKind.ALIAS, MatchKind.TRANSLITERATED);

    /**
     * One row.
     *
     * @param query    what the user types
     * @param expected the IRI of the entity it must find; empty for a must-not-match query
     * @param system   how the spelling was made (kk-cyrl, ru-cyrl, kazakh-latin-2021, bgn-pcgn, iso9, ...)
     * @param source   where the spelling was read, or the standard whose table produced it
     * @param line     its line in the file (1 is the header)
     */
    public record Query(String query, String expected, String system, String source, int line) {
        public boolean mustNotMatch() {
            return expected.isEmpty();
        }

        /** A query that should meet a whole name of its entity by its key (not a typo, not a part). */
        public boolean wholeName() {
            return !mustNotMatch() && !PARTIAL_SYSTEMS.contains(system);
        }
    }

    /**
     * What an engine did on the set.
     *
     * @param positives     queries with an expected entity
     * @param foundAt1      of those, how many had it as the first hit
     * @param foundAt5      of those, how many had it among the first five hits
     * @param missedAt5     the positive queries whose entity was not among the first five
     * @param falseMatches  must-not-match queries returned with a confident match kind, as "query -> IRI (kind)"
     */
    public record Result(int positives, int foundAt1, int foundAt5, List<Query> missedAt5, List<String> falseMatches) {
        public double recallAt1() {
            return positives == 0 ? 0 : (double) foundAt1 / positives;
        }

        public double recallAt5() {
            return positives == 0 ? 0 : (double) foundAt5 / positives;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall@1 %.3f (%d/%d), recall@5 %.3f (%d/%d), confident matches of must-not-match names: %d %s",
                    recallAt1(), foundAt1, positives, recallAt5(), foundAt5, positives, falseMatches.size(), falseMatches);
        }
    }

    private final List<Query> queries;

    private NameVariantSet(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The shipped set, {@code queries/search/name-variants.tsv} under {@code projectRoot}. */
    public static NameVariantSet shipped(Path projectRoot) {
        return read(projectRoot.resolve("queries").resolve("search").resolve("name-variants.tsv"));
    }

    /** Reads a set; a malformed line fails with its line number. */
    public static NameVariantSet read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalArgumentException(tsv + ": the header must be " + String.join("\\t", COLUMNS));
        }
        List<Query> queries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS.size() || cells[0].isBlank() || cells[2].isBlank() || cells[3].isBlank()) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": needs a query, an expected IRI or nothing, a system and a source");
            }
            if (cells[1].isEmpty() != cells[2].equals(MUST_NOT_MATCH)) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": the expected IRI is empty exactly for " + MUST_NOT_MATCH);
            }
            queries.add(new Query(cells[0], cells[1], cells[2], cells[3], i + 1));
        }
        return new NameVariantSet(queries);
    }

    public List<Query> queries() {
        return queries;
    }

    /** Runs every query (limit 5, any type) and measures. */
    public Result run(EntitySearch search) {
        int positives = 0;
        int at1 = 0;
        int at5 = 0;
        List<Query> missed = new ArrayList<>();
        List<String> falseMatches = new ArrayList<>();
        for (Query query : queries) {
            List<SearchHit> hits = search.search(query.query(), Set.of(), 5);
            List<SearchHit> top = hits.subList(0, Math.min(5, hits.size()));
            if (query.mustNotMatch()) {
                for (SearchHit hit : top) {
                    if (CONFIDENT.contains(hit.kind())) {
                        falseMatches.add(query.query() + " -> " + hit.iri() + " (" + hit.kind() + ")");
                    }
                }
                continue;
            }
            positives++;
            if (!top.isEmpty() && top.get(0).iri().equals(query.expected())) {
                at1++;
            }
            if (top.stream().anyMatch(hit -> hit.iri().equals(query.expected()))) {
                at5++;
            } else {
                missed.add(query);
            }
        }
        return new Result(positives, at1, at5, missed, falseMatches);
    }
}
