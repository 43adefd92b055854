package org.w3id.kzlabour.query;

/**
 * Rejects query text whose nesting would exhaust the parser's or the engine's stack.
 *
 * <p>ARQ parses and compiles recursively; thousands of nested groups, long chains of {@code ||},
 * {@code UNION} or property-path steps end in a StackOverflowError, which stock Fuseki answers
 * with a 500. This scan runs before parsing, in linear time, skipping strings, IRIs and comments.
 */
public final class NestingCheck {

    /** Deepest nesting of (), {} and [] accepted. */
    public static final int MAX_DEPTH = 128;
    /** Most binary operators, UNIONs and path steps accepted in one query. */
    public static final int MAX_CHAIN = 1000;

    private NestingCheck() {}

    /** Throws {@link QueryRejectedException} naming the limit when the text exceeds it. */
    public static void check(String text) {
        int depth = 0;
        int chain = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> i = skipComment(text, i);
                case '"', '\'' -> i = skipString(text, i);
                case '<' -> {
                    int end = iriEnd(text, i);
                    if (end > 0) i = end;
                }
                case '(', '{', '[' -> {
                    if (++depth > MAX_DEPTH)
                        throw new QueryRejectedException("Query nesting too deep: more than " + MAX_DEPTH + " nested brackets");
                }
                case ')', '}', ']' -> depth = Math.max(0, depth - 1);
                case '|', '&', '/' -> chain = countChain(chain);
                case 'U', 'u' -> {
                    if (isWord(text, i, "UNION"))
                        chain = countChain(chain);
                }
                default -> { }
            }
        }
    }

    private static int countChain(int chain) {
        if (chain + 1 > MAX_CHAIN)
            throw new QueryRejectedException("Query too complex: more than " + MAX_CHAIN + " operators, UNIONs or path steps");
        return chain + 1;
    }

    private static int skipComment(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }

    private static int skipString(String text, int i) {
        char quote = text.charAt(i);
        boolean longString = text.startsWith(String.valueOf(quote).repeat(3), i);
        if (longString) {
            int end = text.indexOf(String.valueOf(quote).repeat(3), i + 3);
            return end < 0 ? text.length() : end + 2;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') j++;
            else if (c == quote || c == '\n') return j;
        }
        return text.length();
    }

    /** End index of an IRI reference starting at {@code i}, or -1 when '<' is the less-than operator. */
    private static int iriEnd(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '>') return j;
            if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\')
                return -1;
        }
        return -1;
    }

    private static boolean isWord(String text, int i, String word) {
        if (!text.regionMatches(true, i, word, 0, word.length()))
            return false;
        boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != ':' && text.charAt(i - 1) != '_';
        int after = i + word.length();
        boolean endOk = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)) && text.charAt(after) != '_' && text.charAt(after) != ':';
        return startOk && endOk;
    }
}
