package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * An HTTP {@code Accept} header as media ranges with q-values, and the choice of the best offer by
 * it (RFC 9110 section 12.5.1): the most specific range that covers an offer gives its q-value, a
 * q-value of 0 means "not this one", the highest q-value wins, ties go to the server's order.
 * Query results and published documents are negotiated with it alike.
 *
 * <p>The header is parsed by Jetty's {@link QuotedQualityCSV} (quoted strings, whitespace, q-values
 * such as {@code .5} or {@code 1.000}, invalid ones), the parser Jetty itself uses for quality lists.
 * Jena's {@code AcceptList}/{@code MediaRange} (5.6.0) was tried first and is not used because it
 * picks the wrong answer for legal headers: it loses the q-value of a range with another parameter
 * before it ({@code text/csv;charset=utf-8;q=0.1, application/sparql-results+json;q=0.5} chooses CSV,
 * since {@code MediaType.parse} splits parameters with a limit of 2), treats {@code q=0} as acceptable
 * ({@code text/csv;q=0} chooses CSV), compares types case-sensitively ({@code TEXT/CSV} matches
 * nothing), and logs a warning (or prints a stack trace) for each odd header a client sends.
 */
public final class AcceptHeader {

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * Parses a header; ranges without a slash are skipped, a q-value that is not a number counts as 0,
     * and a header Jetty's parser refuses as a whole counts as {@code *}{@code /*} (as if absent).
     */
    public static AcceptHeader parse(String header) {
        QuotedQualityCSV values = new QuotedQualityCSV();
        try {
            values.addValue(header.toLowerCase(Locale.ROOT)); // types and parameter names are case-insensitive
            values.getQualityValues();
        } catch (RuntimeException malformed) {
            // e.g. whitespace around '=' ("q = 0.5"), which RFC 9110 does not allow: the header is
            // ignored, as if absent, rather than failing the request
            return new AcceptHeader(List.of(new Range("*/*", 1)));
        }
        List<Range> ranges = new ArrayList<>();
        for (QuotedQualityCSV.QualityValue value : values.getQualityValues()) {
            String text = value.getValue();
            int semi = text.indexOf(';');
            String type = (semi < 0 ? text : text.substring(0, semi)).strip();
            if (type.indexOf('/') <= 0)
                continue;
            double q = value.getWeight();
            ranges.add(new Range(type, Double.isNaN(q) ? 0 : Math.max(0, Math.min(1, q))));
        }
        return new AcceptHeader(ranges);
    }

    /**
     * The acceptable offer with the highest q-value (the first of equals), or null when none is.
     *
     * @param mediaTypes       an offer's media types, its primary type first
     * @param aliasesExactOnly when true, an offer's other media types count only when named exactly
     */
    public <T> T best(List<T> offers, Function<T, List<String>> mediaTypes, boolean aliasesExactOnly) {
        T best = null;
        double bestQ = 0;
        for (T offer : offers) {
            double q = quality(mediaTypes.apply(offer), aliasesExactOnly);
            if (q > bestQ) {
                bestQ = q;
                best = offer;
            }
        }
        return best;
    }

    private double quality(List<String> mediaTypes, boolean aliasesExactOnly) {
        double best = 0;
        for (int i = 0; i < mediaTypes.size(); i++) {
            String mediaType = mediaTypes.get(i);
            boolean alias = i > 0 && !mediaType.equals(mediaTypes.get(0));
            int specificity = -1;
            double q = 0;
            for (Range range : ranges) {
                int s = range.specificity(mediaType);
                if (s < 2 && alias && aliasesExactOnly)
                    continue;
                if (s > specificity || (s == specificity && s >= 0 && range.q() > q)) {
                    specificity = s;
                    q = range.q();
                }
            }
            if (specificity >= 0)
                best = Math.max(best, q);
        }
        return best;
    }

    /** One media range (type/subtype, lower case, without parameters) with its q-value. */
    private record Range(String type, double q) {
        /** 2 for an exact match, 1 for a type wildcard, 0 for the full wildcard, -1 when the range does not cover the media type. */
        int specificity(String mediaType) {
            if (type.equals(mediaType)) return 2;
            if (type.equals("*/*")) return 0;
            if (type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1))) return 1;
            return -1;
        }
    }
}
