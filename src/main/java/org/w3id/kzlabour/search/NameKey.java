package org.w3id.kzlabour.search;

import com.ibm.icu.text.Transliterator;

/**
 * The search key of a name: one Latin skeleton onto which the Kazakh and Russian Cyrillic forms of
 * a name and its Latin spellings (Kazakh Latin 2017/2018/2021, BGN/PCGN, ISO 9 / GOST 7.79,
 * passport and press spellings) all map, so that Жаңаөзен, Жанаозен, Zhanaozen, Janaozen and
 * Žañaözen meet.
 *
 * <p>Contract (what callers may rely on): the result is lower-case ASCII letters and digits, words
 * separated by single spaces, no leading or trailing space; the same input always gives the same
 * key; case, diacritics and punctuation never matter.
 */
public final class NameKey {

    private static final Transliterator FIRST_DRAFT = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private NameKey() {}

    /** The skeleton of {@code text}; empty for a text with no letters or digits. */
    public static String of(String text) {
        String latin;
        synchronized (FIRST_DRAFT) {
            latin = FIRST_DRAFT.transliterate(text);
        }
        return latin.replaceAll("[^a-z0-9]+", " ").trim();
    }
}
