package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * An HTTP {@code Accept} header as media ranges with q-values (RFC 9110), and the choice of the best
 * offer by it: the highest q-value wins, the most specific matching range decides an offer's q-value,
 * ties go to the server's order. Query results and published documents are negotiated with it alike.
 */
public final class AcceptHeader {

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses a header; ranges without a slash are skipped, a q-value that is not a number counts as 0. */
    public static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            if (pieces.length == 0)
                continue; // ";" alone splits into nothing
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.indexOf('/') < 0)
                continue;
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException ex) {
                        q = 0;
                    }
                }
            }
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

    /** One media range with its q-value. */
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
