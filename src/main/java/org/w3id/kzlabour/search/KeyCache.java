package org.w3id.kzlabour.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link NameKey#of} remembered: the key is a rule-based ICU transliteration behind a lock, and
 * the same words and names come back again and again (in the index build, where a million-triple
 * graph repeats a few thousand words, and in ranking, where a candidate's names are keyed on every
 * search). Bounded: when full it starts again empty.
 */
final class KeyCache {

    static final int MAX_ENTRIES = 200_000;
    private static final ConcurrentHashMap<String, String> KEYS = new ConcurrentHashMap<>();

    private KeyCache() {}

    private static final Pattern LATIN_J = Pattern.compile("[jJ]");
    private static final Pattern GOST_B_YERY = Pattern.compile("[yY][\u0027\u2019\u02BC]");

    /**
     * The key of a whole text, word by word ({@link NameAnalyzer#WORD} is a word as {@link NameKey}
     * reads one, and its rules never look across a space), so that only new words cost a
     * transliteration. Equal to {@code NameKey.of(text)} (checked on every name of the graph and
     * every query of the test set in {@code KeyCacheTest}).
     */
    static String ofWords(String text) {
        StringBuilder key = new StringBuilder();
        Matcher m = NameAnalyzer.WORD.matcher(text);
        while (m.find()) {
            String word = of(m.group());
            if (word.isEmpty())
                continue;
            if (key.length() > 0)
                key.append(' ');
            key.append(word);
        }
        return key.toString();
    }

    /** {@link NameKey#alternatives}, word by word: the readings of j as й and of y' as ы only when the text has them. */
    static Set<String> alternatives(String text) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ofWords(text));
        if (LATIN_J.matcher(text).find())
            keys.add(ofWords(LATIN_J.matcher(text).replaceAll("\u0439")));
        if (GOST_B_YERY.matcher(text).find())
            keys.add(ofWords(GOST_B_YERY.matcher(text).replaceAll("\u044b")));
        return keys;
    }

    static String of(String text) {
        String key = KEYS.get(text);
        if (key != null)
            return key;
        key = NameKey.of(text);
        if (KEYS.size() >= MAX_ENTRIES)
            KEYS.clear();
        KEYS.put(text, key);
        return key;
    }
}
