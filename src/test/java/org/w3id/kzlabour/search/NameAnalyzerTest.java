package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** What the analyzer indexes: folded word and key at one position, the joined key; and what the query parser gets from normalize(). */
class NameAnalyzerTest {

    record Token(String term, int increment, int start, int end) {}

    static List<Token> tokens(String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (NameAnalyzer analyzer = new NameAnalyzer(); TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                tokens.add(new Token(term.toString(), pos.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
            ts.end();
        }
        return tokens;
    }

    @Test
    void foldedWordAndItsKeyShareAPosition() throws IOException {
        List<Token> tokens = tokens("Жаңаөзен");
        assertEquals(new Token("жанаөзен", 1, 0, 8), tokens.get(0));
        assertEquals(new Token(NameKey.of("Жаңаөзен"), 0, 0, 8), tokens.get(1));
        assertEquals(2, tokens.size());
    }

    @Test
    void aLatinWordWhoseKeyIsItsFoldedFormIsIndexedOnce() throws IOException {
        String key = NameKey.of("almaty");
        List<Token> tokens = tokens("ALMATY");
        assertEquals("almaty", tokens.get(0).term());
        assertEquals(key.equals("almaty") ? 1 : 2, tokens.size());
    }

    @Test
    void severalWordsGetTheirJoinedKeyOnTheLastWord() throws IOException {
        List<Token> tokens = tokens("KazMunay Gas");
        Token last = tokens.get(tokens.size() - 1);
        assertEquals(NameKey.of("KazMunayGas"), last.term());
        assertEquals(0, last.increment(), "stacked on the last word, so phrases keep their positions");
        assertTrue(last.start() >= tokens.get(tokens.size() - 2).start(), "offsets never go backwards");
        assertEquals(NameKey.of("KazMunayGas"), NameAnalyzer.joined(NameAnalyzer.words("Kaz Munay Gas")));
    }

    @Test
    void aHyphenOrApostropheJoinsAWordAsTheKeyReadsIt() {
        assertEquals(1, NameAnalyzer.words("Zhana-Ozen").size());
        assertEquals(1, NameAnalyzer.words("Ma'n'g'ystay'").size());
        assertEquals(3, NameAnalyzer.words("Workers’ Rights, Denied").size());
    }

    @Test
    void longTitlesGetNoJoinedKey() {
        assertEquals(null, NameAnalyzer.joined(NameAnalyzer.words("one two three four five six seven")));
        assertEquals(null, NameAnalyzer.joined(NameAnalyzer.words("Zhanaozen")));
    }

    @Test
    void fuzzyAndWildcardTermsOfTheQueryParserAreKeyed() throws Exception {
        try (NameAnalyzer analyzer = new NameAnalyzer()) {
            QueryParser parser = new QueryParser("name", analyzer);
            String key = NameKey.of("Жанаозен");
            Query fuzzy = parser.parse("Жанаозен~1");
            assertEquals("name:" + key + "~1", fuzzy.toString());
            Query wildcard = parser.parse("Жана*");
            assertEquals("name:" + NameKey.of("Жана") + "*", wildcard.toString());
            Query plain = parser.parse("Жанаозен");
            assertTrue(plain.toString().contains(key) && plain.toString().contains("жанаозен"), plain.toString());
        }
    }
}
