package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3id.kzlabour.query.NotAcceptableException;

/**
 * Chooses the representation of a published resource from {@code ?format=} or {@code Accept}.
 *
 * <p>As for query results (RFC 9110): the highest q-value wins, a more specific range beats a
 * wildcard, ties go to the server's order. A header or parameter that names nothing offered is a
 * 406 listing what is, so a linked-data client learns what it may ask for.
 */
public final class DocumentNegotiation {

    private DocumentNegotiation() {}

    public static DocumentFormat choose(List<DocumentFormat> offers, String formatParam, String accept) {
        if (formatParam != null) {
            String value = formatParam.strip().toLowerCase(Locale.ROOT);
            for (DocumentFormat offer : offers) {
                if (offer.shortName().equals(value) || offer.mediaTypes().contains(value) || offer.name().equalsIgnoreCase(value)
                        || (value.equals("turtle") && offer == DocumentFormat.TURTLE)
                        || (value.equals("json") && offer == DocumentFormat.JSONLD)
                        || (value.equals("rdfxml") && offer == DocumentFormat.RDFXML)
                        || (value.equals("ntriples") && offer == DocumentFormat.NTRIPLES))
                    return offer;
            }
            throw new NotAcceptableException(supported(offers));
        }
        if (accept == null || accept.isBlank())
            return offers.get(0);
        List<Range> ranges = parse(accept);
        DocumentFormat best = null;
        double bestQ = 0;
        for (DocumentFormat offer : offers) {
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

    /** The media types offered, for a 406 message. */
    public static List<String> supported(List<DocumentFormat> offers) {
        return offers.stream().map(f -> f.mediaTypes().get(0)).toList();
    }

    private static double quality(DocumentFormat offer, List<Range> ranges) {
        double best = 0;
        for (String mediaType : offer.mediaTypes()) {
            int specificity = -1;
            double q = 0;
            for (Range range : ranges) {
                int s = range.specificity(mediaType);
                if (s > specificity || (s == specificity && s >= 0 && range.q() > q)) {
                    specificity = s;
                    q = range.q();
                }
            }
            if (specificity >= 0) {
                // An alias (e.g. application/xml for RDF/XML) matched only by a wildcard must not outrank the main type.
                best = Math.max(best, q);
            }
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
        return ranges;
    }

    private record Range(String type, double q) {
        int specificity(String mediaType) {
            if (type.equals(mediaType)) return 2;
            if (type.equals("*/*")) return 0;
            if (type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1))) return 1;
            return -1;
        }
    }
}
