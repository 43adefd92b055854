package org.w3id.kzlabour.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides how well a query meets one name of an entity, and so the ranking of search hits: an
 * exact label (100) before an alias (90) before a transliterated or folded match, the same
 * {@link NameKey} (80 for a label, 76 for an alias), before a fuzzy one (below 60).
 *
 * <p>Fuzzy matches are rules, not a list: a one-letter typo (edit, or two letters swapped) only in
 * a word of five letters or more (as typed or as written in the graph: Hoite for Høie); a person's surname alone; some words of a longer name. A person
 * is never met by a query that names another given name (every word of the query must meet a word
 * of the person's name), and a short word (under five letters) must meet exactly, so a town a
 * letter or two from one of ours is never taken for it.
 */
public final class NameMatcher {

    /** Shortest word (in skeleton letters) in which a one-letter typo is forgiven. */
    public static final int MIN_TYPO_LENGTH = 5;

    static final double EXACT_LABEL = 100, ALIAS = 90, TRANSLITERATED_LABEL = 80, TRANSLITERATED_ALIAS = 76;
    static final double TYPO = 60, PERSON_WITH_TYPO = 52, SURNAME = 55, SURNAME_WITH_TYPO = 45;
    static final double PARTIAL_BASE = 15, PARTIAL_RANGE = 30;

    /** Words that carry no name (skeletons of English, Russian and Kazakh function words). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "in", "for", "on", "at", "a", "an", "to",
            "i", "v", "na", "po", "dlya", "men", "zhane");

    /** How a name was written in the graph: a label (rdfs:label, skos:prefLabel, title) or a curated alias. */
    public enum Role { LABEL, ALIAS }

    /** A query prepared once for matching against many names: its exact form and every key it may stand for. */
    public static final class Query {
        final String exact;
        final List<Reading> readings = new ArrayList<>();
        final Reading folded;

        public Query(String text) {
            this.exact = exactForm(text);
            for (String key : KeyCache.alternatives(text))
                if (!key.isEmpty())
                    readings.add(new Reading(key.replace(" ", ""), contentWords(key)));
            String foldedText = NameAnalyzer.foldedWords(text);
            this.folded = new Reading(foldedText.replace(" ", ""), contentWords(foldedText));
        }

        public boolean isEmpty() { return readings.isEmpty(); }
    }

    /** One reading of a query: its key without spaces, and its content words. */
    record Reading(String joinedKey, List<String> words) {}

    /** How a query met a name: kind and score; null from {@link #match} when it did not. */
    public record Match(MatchKind kind, double score) {}

    private NameMatcher() {}

    /**
     * @param person whether the entity is a person (given names must then agree)
     * @return how the query meets this name, or null when it does not
     */
    public static Match match(Query query, String name, Role role, boolean person) {
        if (query.isEmpty())
            return null;
        if (!query.exact.isEmpty() && query.exact.equals(exactForm(name)))
            return role == Role.LABEL ? new Match(MatchKind.EXACT_LABEL, EXACT_LABEL) : new Match(MatchKind.ALIAS, ALIAS);
        String nameKey = KeyCache.ofWords(name);
        String nameJoined = nameKey.replace(" ", "");
        if (nameJoined.isEmpty())
            return null;
        for (Reading reading : query.readings)
            if (reading.joinedKey().equals(nameJoined))
                return new Match(MatchKind.TRANSLITERATED, role == Role.LABEL ? TRANSLITERATED_LABEL : TRANSLITERATED_ALIAS);
        List<String> nameWords = contentWords(nameKey);
        double fuzzy = 0;
        for (Reading reading : query.readings)
            fuzzy = Math.max(fuzzy, person ? personScore(reading, nameWords) : otherScore(reading, nameJoined, nameWords));
        // A typo is counted on the name as written too (folded): the key may merge letters a typo falls between (Hoite, Høie).
        String nameFolded = NameAnalyzer.foldedWords(name);
        List<String> foldedWords = contentWords(nameFolded);
        fuzzy = Math.max(fuzzy, person ? personScore(query.folded, foldedWords) : otherScore(query.folded, nameFolded.replace(" ", ""), foldedWords));
        if (fuzzy <= 0)
            return null;
        return new Match(MatchKind.FUZZY, role == Role.ALIAS ? fuzzy - 1 : fuzzy);
    }

    /** Every query word must meet a word of the person's name; the surname alone is enough. */
    private static double personScore(Reading query, List<String> nameWords) {
        if (query.words().isEmpty() || nameWords.isEmpty())
            return 0;
        boolean typo = false;
        boolean[] used = new boolean[nameWords.size()];
        for (String q : query.words()) {
            int best = -1;
            boolean bestTypo = false;
            for (int i = 0; i < nameWords.size(); i++) {
                if (used[i])
                    continue;
                WordFit fit = fit(q, nameWords.get(i), true);
                if (fit == WordFit.SAME) { best = i; bestTypo = false; break; }
                if (fit != WordFit.NONE && best < 0) { best = i; bestTypo = true; }
            }
            if (best < 0)
                return 0;
            used[best] = true;
            typo |= bestTypo;
        }
        if (query.words().size() == 1) {
            int surname = nameWords.size() - 1;
            boolean isSurname = used[surname] || (nameWords.size() >= 3 && used[0]);
            if (!isSurname)
                return 0;
            return typo ? SURNAME_WITH_TYPO : SURNAME;
        }
        return typo ? PERSON_WITH_TYPO : PERSON_WITH_TYPO + 4;
    }

    /** A typo in the whole name, or some of its words. */
    private static double otherScore(Reading query, String nameJoined, List<String> nameWords) {
        if (query.joinedKey().length() >= MIN_TYPO_LENGTH && nameJoined.length() >= MIN_TYPO_LENGTH
                && Math.abs(query.joinedKey().length() - nameJoined.length()) <= 1
                && distanceAtMostOne(query.joinedKey(), nameJoined)
                && sameWordCountOrJoined(query.words(), nameWords))
            return TYPO;
        if (query.words().isEmpty() || nameWords.isEmpty())
            return 0;
        double met = 0;
        boolean[] used = new boolean[nameWords.size()];
        for (String q : query.words()) {
            for (int i = 0; i < nameWords.size(); i++) {
                if (used[i])
                    continue;
                WordFit fit = fit(q, nameWords.get(i), false);
                if (fit != WordFit.NONE) {
                    used[i] = true;
                    met += fit == WordFit.SAME ? 1 : 0.8;
                    break;
                }
            }
        }
        double queryShare = met / query.words().size();
        if (met == 0 || queryShare < 0.5)
            return 0;
        double nameShare = met / nameWords.size();
        return PARTIAL_BASE + PARTIAL_RANGE * queryShare * Math.min(1, nameShare);
    }

    /** A whole-name typo must not merge a name's words with another's: the same words, one of them mistyped. */
    private static boolean sameWordCountOrJoined(List<String> queryWords, List<String> nameWords) {
        if (queryWords.size() == nameWords.size()) {
            int differing = 0;
            for (int i = 0; i < queryWords.size(); i++) {
                String q = queryWords.get(i), n = nameWords.get(i);
                if (!q.equals(n)) {
                    if (Math.max(q.length(), n.length()) < MIN_TYPO_LENGTH)
                        return false;
                    differing++;
                }
            }
            return differing <= 1;
        }
        return queryWords.size() == 1 || nameWords.size() == 1;
    }

    private enum WordFit { SAME, TYPO, INITIAL, NONE }

    private static WordFit fit(String q, String n, boolean initials) {
        if (q.equals(n))
            return WordFit.SAME;
        if (Math.max(q.length(), n.length()) >= MIN_TYPO_LENGTH && Math.min(q.length(), n.length()) >= MIN_TYPO_LENGTH - 1
                && distanceAtMostOne(q, n))
            return WordFit.TYPO;
        if (initials && q.length() == 1 && n.startsWith(q))
            return WordFit.INITIAL;
        return WordFit.NONE;
    }

    /** Whether two strings differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean distanceAtMostOne(String a, String b) {
        if (a.equals(b))
            return true;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1)
            return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i))
            i++;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1)))
                return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** A name as compared for an exact match: NFC, lower case, single spaces. */
    static String exactForm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The words of a skeleton that carry the name (all words when every one is a function word). */
    static List<String> contentWords(String key) {
        if (key.isEmpty())
            return List.of();
        List<String> all = Arrays.asList(key.split(" "));
        List<String> content = new ArrayList<>();
        for (String w : all)
            if (!FUNCTION_WORDS.contains(w))
                content.add(w);
        return content.isEmpty() ? all : content;
    }
}
