package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a result format from an HTTP {@code Accept} header or an explicit {@code format} parameter.
 *
 * <p>Follows RFC 9110: the highest q-value wins, a more specific range beats {@code type/*} and
 * the full wildcard, ties go to the server's order (its default first). A header that matches
 * nothing we produce is a 406, never a silent fallback, so a client learns what it may ask for.
 */
public final class ContentNegotiation {

    private ContentNegotiation() {}

    /**
     * @param formatParam value of a {@code format=} parameter (short name or media type), or null
     * @param accept      the Accept header, or null
     */
    public static ResultFormat choose(ResultFormat.Kind kind, String formatParam, String accept) {
        List<ResultFormat> offers = ResultFormat.of(kind);
        if (formatParam != null && !formatParam.isBlank())
            return byParameter(offers, formatParam.strip().toLowerCase(Locale.ROOT));
        if (accept == null || accept.isBlank())
            return offers.get(0);
        List<Range> ranges = parse(accept);
        ResultFormat best = null;
        double bestQ = 0;
        for (ResultFormat offer : offers) {
            double q = quality(offer, ranges);
            if (q > bestQ) {
                bestQ = q;
                best = offer;
            }
        }
        if (best == null)
            throw new NotAcceptableException(supported(offers));
        return best;
    }

    private static ResultFormat byParameter(List<ResultFormat> offers, String value) {
        for (ResultFormat offer : offers) {
            if (offer.shortName().equals(value) || offer.mediaTypes().contains(value) || offer.name().equalsIgnoreCase(value))
                return offer;
        }
        if (value.equals("turtle") || value.equals("text")) return pick(offers, value.equals("text") ? "nt" : "ttl");
        if (value.equals("rdfxml") || value.equals("xml")) return pick(offers, offers.get(0).kind() == ResultFormat.Kind.GRAPH ? "rdf" : "xml");
        if (value.equals("json")) return pick(offers, offers.get(0).kind() == ResultFormat.Kind.GRAPH ? "jsonld" : "json");
        throw new NotAcceptableException(supported(offers));
    }

    private static ResultFormat pick(List<ResultFormat> offers, String shortName) {
        return offers.stream().filter(f -> f.shortName().equals(shortName)).findFirst()
                     .orElseThrow(() -> new NotAcceptableException(supported(offers)));
    }

    private static List<String> supported(List<ResultFormat> offers) {
        return offers.stream().map(f -> f.mediaTypes().get(0)).toList();
    }

    /** The q-value the client gives this format: for each of its media types, the most specific matching range decides. */
    private static double quality(ResultFormat offer, List<Range> ranges) {
        double best = 0;
        for (String mediaType : offer.mediaTypes()) {
            boolean primary = mediaType.equals(offer.mediaTypes().get(0));
            int specificity = -1;
            double q = 0;
            for (Range range : ranges) {
                int s = range.specificity(mediaType);
                if (s < 2 && !primary)
                    continue; // aliases match exactly only: the answer's Content-Type is the primary type
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

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.indexOf('/') < 0)
                continue;
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException ex) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type, Math.max(0, Math.min(1, q))));
        }
        return ranges;
    }

    /** One media range of an Accept header with its q-value. */
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
