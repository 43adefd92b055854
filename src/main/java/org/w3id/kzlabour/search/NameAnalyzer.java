package org.w3id.kzlabour.search;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The Lucene analyzer of names: every word is indexed twice at the same position, as its ICU-folded
 * original (case and diacritics gone, script kept: {@code жаңаөзен}) and as its {@link NameKey}
 * skeleton (one Latin spelling for all scripts and romanisations), so that Cyrillic and Latin
 * spellings of a name meet; a name of several words also gets its whole skeleton without spaces
 * ({@code KazMunayGas} meets {@code KazMunay Gas}).
 *
 * <p>Lucene's query parser does not run an analyzer on fuzzy, prefix and wildcard terms but calls
 * {@link #normalize(String, TokenStream)}; that is overridden to map a term onto its skeleton too,
 * so {@code text:query "Жанаозен~1"} works in SPARQL like a plain term does.
 *
 * <p>The same analyzer indexes and queries; {@link #VERSION} names what it produces, and an index
 * kept on disk is rebuilt when it changes.
 */
public final class NameAnalyzer extends Analyzer {

    /** Changes whenever the terms this analyzer produces change (with {@link NameKey}'s fingerprint, see {@link IndexMarker}). */
    public static final int VERSION = 5;

    /** Names of more words than this get no joined skeleton (a title, not a name). */
    static final int MAX_JOINED_WORDS = 6;

    /** A word as {@link NameKey} reads one: letters and digits, joined by a hyphen or an apostrophe (Zhana-Ozen), with its trailing apostrophes (in the 2017 Kazakh Latin alphabet y' is у). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-\u2010\u2011'\u2019\u02BC][\\p{L}\\p{M}\\p{N}]+)*['\u2019\u02BC]*");
    private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;

    /** One word of a name and the terms it is indexed under (folded original first, then skeleton words). */
    record Word(String original, List<String> terms, int start, int end) {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new NameTokenizer());
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new SkeletonFilter(in);
    }

    /** The words of a text with the terms it is indexed under, in order. */
    static List<Word> words(String text) {
        return words(text, false);
    }

    /** The words of a query with every term they may stand for ({@link NameKey#alternatives}). */
    static List<Word> queryWords(String text) {
        return words(text, true);
    }

    private static List<Word> words(String text, boolean alternatives) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String original = m.group();
            Set<String> terms = new LinkedHashSet<>();
            String folded = fold(original);
            if (!folded.isEmpty())
                terms.add(folded);
            for (String keys : alternatives ? KeyCache.alternatives(original) : Set.of(KeyCache.of(original)))
                for (String key : keys.split(" "))
                    if (!key.isEmpty())
                        terms.add(key);
            if (!terms.isEmpty())
                words.add(new Word(original, List.copyOf(terms), m.start(), m.end()));
        }
        return words;
    }

    /**
     * The skeleton of a whole name without spaces, when it has 2 to {@link #MAX_JOINED_WORDS} words
     * (else null): its words' skeletons run together, a doubled letter at a join written once, as
     * {@link NameKey} writes doubled letters.
     */
    static String joined(List<Word> words) {
        if (words.size() < 2 || words.size() > MAX_JOINED_WORDS)
            return null;
        StringBuilder joined = new StringBuilder();
        for (Word word : words) {
            String key = KeyCache.of(word.original()).replace(" ", "");
            if (!key.isEmpty() && joined.length() > 0 && joined.charAt(joined.length() - 1) == key.charAt(0))
                key = key.substring(1);
            joined.append(key);
        }
        return joined.length() >= 4 ? joined.toString() : null;
    }

    /** The words of a text, each ICU-folded, separated by single spaces. */
    static String foldedWords(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String folded = fold(m.group());
            if (folded.isEmpty())
                continue;
            if (out.length() > 0)
                out.append(' ');
            out.append(folded);
        }
        return out.toString();
    }

    /** ICU folding (case, diacritics, compatibility forms), script unchanged. */
    static String fold(String word) {
        return FOLDING.normalize(word).toLowerCase(Locale.ROOT);
    }

    /** A fuzzy/prefix/wildcard term as the index has it: its skeleton without spaces (or folded when it has no letters the key keeps). */
    static String normalizeTerm(String term) {
        String key = NameKey.of(term).replace(" ", "");
        return key.isEmpty() ? fold(term) : key;
    }

    /** Reads the whole name, then hands out its terms: folded word, skeleton words at the same position, joined skeleton stacked on the last word. */
    private static final class NameTokenizer extends Tokenizer {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final List<Object[]> pending = new ArrayList<>();
        private int next;
        private int length;

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = readAll(input);
            length = text.length();
            pending.clear();
            next = 0;
            List<Word> words = words(text);
            for (Word word : words) {
                boolean first = true;
                for (String term : word.terms()) {
                    pending.add(new Object[] {term, first ? 1 : 0, word.start(), word.end()});
                    first = false;
                }
            }
            String joined = joined(words);
            if (joined != null) // on the last word's position, so phrase queries still see the words in order
                pending.add(new Object[] {joined, 0, words.get(words.size() - 1).start(), length});
        }

        @Override
        public boolean incrementToken() {
            if (next >= pending.size())
                return false;
            clearAttributes();
            Object[] token = pending.get(next++);
            termAtt.setEmpty().append((String) token[0]);
            posAtt.setPositionIncrement((Integer) token[1]);
            offsetAtt.setOffset(correctOffset((Integer) token[2]), correctOffset((Integer) token[3]));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(length);
            offsetAtt.setOffset(last, last);
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            int n;
            while ((n = reader.read(buffer)) > 0)
                text.append(buffer, 0, n);
            return text.toString();
        }
    }

    /** Maps a single query term onto its skeleton (see {@link Analyzer#normalize(String, String)}). */
    private static final class SkeletonFilter extends TokenFilter {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

        SkeletonFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken())
                return false;
            String normal = normalizeTerm(termAtt.toString());
            termAtt.setEmpty().append(normal);
            return true;
        }
    }
}
