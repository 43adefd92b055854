package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.kzlabour.search.NameMatcher.Match;
import org.w3id.kzlabour.search.NameMatcher.Role;

/** The ranking rules, one name at a time. */
class NameMatcherTest {

    static Match match(String query, String name, Role role, boolean person) {
        return NameMatcher.match(new NameMatcher.Query(query), name, role, person);
    }

    static Match place(String query, String name) {
        return match(query, name, Role.LABEL, false);
    }

    @Test
    void exactLabelThenAliasThenTransliteratedThenFuzzy() {
        Match label = place("zhanaozen", "Zhanaozen");
        Match alias = match("Janaozen", "Janaozen", Role.ALIAS, false);
        Match transliterated = place("Жаңаөзен", "Zhanaozen");
        Match fuzzy = place("Zhanaozan", "Zhanaozen");
        assertEquals(MatchKind.EXACT_LABEL, label.kind());
        assertEquals(MatchKind.ALIAS, alias.kind());
        assertEquals(MatchKind.TRANSLITERATED, transliterated.kind());
        assertEquals(MatchKind.FUZZY, fuzzy.kind());
        assertTrue(label.score() > alias.score() && alias.score() > transliterated.score() && transliterated.score() > fuzzy.score());
        assertTrue(place("Жаңаөзен", "Zhanaozen").score() > match("Жаңаөзен", "Zhanaozen", Role.ALIAS, false).score(),
                   "a transliterated label before a transliterated alias");
    }

    @Test
    void caseAndDiacriticsNeverMatter() {
        assertEquals(MatchKind.EXACT_LABEL, place("ATLE HØIE", "Atle Høie").kind());
        assertEquals(MatchKind.TRANSLITERATED, place("Atle Hoie", "Atle Høie").kind());
        assertEquals(MatchKind.TRANSLITERATED, place("kemal ozkan", "Kemal Özkan").kind());
    }

    @Test
    void aTypoOnlyInAWordOfFiveLettersOrMore() {
        assertEquals(MatchKind.FUZZY, place("Atyrsu", "Atyrau").kind());
        assertNull(place("Uzan", "Uzen"), "a name of four letters: no typo forgiven");
        assertEquals(MatchKind.FUZZY, place("Hoite", "Høie").kind(), "five letters as typed");
        assertNull(place("Aktau", "Atyrau"), "two letters apart is another town");
        assertEquals(MatchKind.FUZZY, place("Zhanaoezn", "Zhanaozen").kind(), "two neighbours swapped");
    }

    @Test
    void aPersonsSurnameAloneButNeverAnotherGivenName() {
        Match surname = match("Kharkova", "Larisa Kharkova", Role.LABEL, true);
        assertEquals(MatchKind.FUZZY, surname.kind());
        assertEquals(NameMatcher.SURNAME, surname.score());
        assertNull(match("Irina Kharkova", "Larisa Kharkova", Role.LABEL, true));
        assertNull(match("Dina Abenov", "Dana Abenov", Role.LABEL, true), "short given names must be the same");
        assertNull(match("Larisa", "Larisa Kharkova", Role.LABEL, true), "a given name alone is not the person");
        assertEquals(MatchKind.FUZZY, match("L. Kharkova", "Larisa Kharkova", Role.LABEL, true).kind(), "an initial");
        Match typo = match("Larisa Kharkowa", "Larisa Kharkova", Role.LABEL, true);
        assertTrue(typo == null || typo.kind() != MatchKind.EXACT_LABEL);
    }

    @Test
    void someWordsOfALongName() {
        Match part = place("Fuel and Energy Workers Union", "Industrial Trade Union of Fuel and Energy Complex Workers");
        assertEquals(MatchKind.FUZZY, part.kind());
        assertTrue(part.score() < NameMatcher.TYPO);
        assertNull(place("Aktau city branch union", "Zhanaozen"), "no word in common");
        Match half = place("Aktau region", "Mangystau Region");
        assertTrue(half == null || half.score() < 30, "one generic word in common is at most a weak hit");
    }

    @Test
    void distanceOfOne() {
        assertTrue(NameMatcher.distanceAtMostOne("zhanaozen", "zhanaozen"));
        assertTrue(NameMatcher.distanceAtMostOne("zhanaozen", "zhanaozan"));
        assertTrue(NameMatcher.distanceAtMostOne("zhanaozen", "zhanozen"));
        assertTrue(NameMatcher.distanceAtMostOne("zhanaozen", "zhanaozeen"));
        assertTrue(NameMatcher.distanceAtMostOne("zhanaozen", "zhnaaozen"));
        assertFalse(NameMatcher.distanceAtMostOne("aktau", "atyrau"));
        assertFalse(NameMatcher.distanceAtMostOne("zhanaozen", "zhanaoznn1"));
        assertFalse(NameMatcher.distanceAtMostOne("abcd", "badc"));
    }

    @Test
    void nothingToMatch() {
        assertNull(place("!!!", "Zhanaozen"));
        assertNull(place("Zhanaozen", "!!!"));
    }
}
