package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void everyEnglishKeyIsTranslated(String lang) {
        Set<String> missing = new TreeSet<>(Messages.keys());
        missing.removeAll(Messages.ownKeys(lang));
        assertTrue(missing.isEmpty(), "Keys without a " + lang + " translation: " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void noTranslationHasKeysEnglishLacks(String lang) {
        Set<String> extra = new TreeSet<>(Messages.ownKeys(lang));
        extra.removeAll(Messages.keys());
        assertTrue(extra.isEmpty(), "Keys in the " + lang + " bundle that no page uses: " + extra);
    }

    @Test
    void eachLanguageReadsItsOwnBundle() {
        assertEquals("Kazakhstan labour-rights knowledge graph", Messages.text("en", "site.name"));
        assertEquals("Граф знаний о трудовых правах в Казахстане", Messages.text("ru", "site.name"));
        assertTrue(Messages.text("kk", "site.name").contains("Қазақстан"));
    }

    @Test
    void anUnknownKeyIsAnErrorNotARawKeyOnThePage() {
        assertThrows(IllegalArgumentException.class, () -> Messages.text("en", "no.such.key"));
    }
}
