package org.w3id.kzlabour.search;

import java.util.concurrent.ConcurrentHashMap;

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
