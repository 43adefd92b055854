package org.w3id.kzlabour.publish;

import java.util.List;
import java.util.Locale;

import org.w3id.kzlabour.query.AcceptHeader;
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
        DocumentFormat best = AcceptHeader.parse(accept).best(offers, DocumentFormat::mediaTypes, false);
        if (best == null)
            throw new NotAcceptableException(supported(offers));
        return best;
    }

    /** The media types offered, for a 406 message. */
    public static List<String> supported(List<DocumentFormat> offers) {
        return offers.stream().map(f -> f.mediaTypes().get(0)).toList();
    }
}
