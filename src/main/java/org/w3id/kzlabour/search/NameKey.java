package org.w3id.kzlabour.search;

import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search key of a name: one Latin skeleton onto which the Kazakh and Russian Cyrillic forms of
 * a name and its Latin spellings (Kazakh Latin 2017/2018/2021, BGN/PCGN, ISO 9 / GOST 7.79,
 * passport and press spellings) all map, so that Жаңаөзен, Жанаозен, Zhanaozen, Janaozen,
 * Zhangaozen, Žanaozen and Jañaözen meet. ICU's own transliterators do not do this (they turn ж into
 * z and keep ң apart from н), so the letter tables are our own: they are the rules file
 * {@code name-key-rules.txt} beside this class, one commented table per alphabet and system.
 *
 * <p>Contract (what callers may rely on): the result is lower-case ASCII letters and digits, words
 * separated by single spaces, no leading or trailing space; the same input always gives the same
 * key; case, diacritics and punctuation never matter; a hyphen or an apostrophe joins (Zhana-Ozen =
 * Zhanaozen), other punctuation separates words.
 *
 * <p>The skeleton is deliberately coarse where the systems disagree, and only there:
 * <ul>
 *   <li>Each Cyrillic letter has one value; Kazakh letters take the value of the Russian letter the
 *       press writes for them (ә = а, ғ = г, қ = к, ң = н, ө = о, ұ = ү = у, һ = х, і = и).</li>
 *   <li>All i-like letters meet: и й і ы and Latin i y ı ï í.</li>
 *   <li>з and с meet (z = s), so that КазМунайГаз = KazMunayGas; ж is its own letter (j).</li>
 *   <li>Doubled letters are written once (Almatty = Almaty), and {@code ng} is written {@code n}:
 *       ң is n in the press (Zhanaozen) and ng in BGN/PCGN and Natural Earth (Zhangaozen,
 *       Mangghystau); dropping g after n makes both the same key. The cost is that a name which
 *       differs from another only by a g after n gets the same key.</li>
 *   <li>BGN's ye for е after a vowel or at the start of a word is e (Kenzhebayev = Kenzhebaev).</li>
 * </ul>
 *
 * <p>Latin {@code j} is ж in the Kazakh Latin alphabets and the press (Janaozen) but й in ISO 9
 * (Novyj) and in German and Polish spellings (Jurij). {@link #of} reads it as й only after a vowel
 * when no vowel follows (Novyj, Zhetybaj); {@link #alternatives} also gives the key with every j read
 * as й. Likewise {@code y'} is у in the 2017 alphabet (the reading of {@link #of}) but ы in GOST 7.79
 * system B.
 */
public final class NameKey {

    private static final String RULES_RESOURCE = "name-key-rules.txt";
    private static final String RULES_TEXT = readRules();
    /** ICU transliterators are not thread-safe: one compiled rule set per thread, no lock on the search path. */
    private static final ThreadLocal<Transliterator> RULES = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("kz-labour-NameKey", RULES_TEXT, Transliterator.FORWARD));
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
    private static final Pattern NG = Pattern.compile("ng");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LATIN_J = Pattern.compile("[jJ]");
    private static final Pattern GOST_B_YERY = Pattern.compile("[yY][\u0027\u2019\u02BC]");

    private NameKey() {}

    /** The skeleton of {@code text}; empty for a text with no letters or digits. */
    public static String of(String text) {
        String latin = RULES.get().transliterate(" " + text + " ");
        String single = DOUBLED.matcher(latin).replaceAll("$1");
        String noNg = DOUBLED.matcher(NG.matcher(single).replaceAll("n")).replaceAll("$1");
        return NOT_KEY.matcher(noNg).replaceAll(" ").trim();
    }

    /**
     * Every key {@code text} may stand for, {@link #of its main key} first: also the key with each
     * Latin j read as й (ISO 9, German and Polish spellings: Mangistauskaja = Мангистауская) and the
     * key with {@code y'} read as ы (GOST 7.79 system B). An index stores {@link #of}; a query
     * looks up all of these.
     */
    public static Set<String> alternatives(String text) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(of(text));
        keys.add(of(LATIN_J.matcher(text).replaceAll("й")));
        keys.add(of(GOST_B_YERY.matcher(text).replaceAll("ы")));
        return keys;
    }

    /**
     * The key with its word spaces removed. A hyphen joins words in {@link #of} (Nur-Sultan =
     * Nursultan) but a space separates them (Nur Sultan), and names are written both ways (Kaz Munay
     * Gas, KazMunayGas): compare joined keys on both sides to ignore word breaks.
     */
    public static String joined(String text) {
        return of(text).replace(" ", "");
    }

    private static String readRules() {
        try (InputStream in = NameKey.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES_RESOURCE + " beside " + NameKey.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
