package org.w3id.kzlabour.query;

import java.util.List;
import java.util.Locale;

/**
 * Chooses a result format from an HTTP {@code Accept} header or an explicit {@code format} parameter.
 *
 * <p>Follows RFC 9110: the highest q-value wins, a more specific range beats {@code type/*} and
 * the full wildcard, ties go to the server's order (its default first). An {@code Accept} header
 * that matches nothing offered for the query's kind gets that kind's default (Turtle for graphs,
 * SPARQL JSON for rows), as stock Fuseki does: clients send one Accept header for every query form
 * (a CONSTRUCT sent with {@code Accept: application/sparql-results+json} is the common case).
 * Stock Fuseki 5.6 falls back to SPARQL XML for rows ({@code Responses}, {@code DEF.acceptResultSetXML});
 * we fall back to our documented default, JSON, so a missing and an unmatched header answer alike.
 * An explicit {@code format=} the kind cannot produce stays an error (406; Fuseki answers 400).
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
        // Aliases match exactly only: the answer's Content-Type is the primary type.
        ResultFormat best = AcceptHeader.parse(accept).best(offers, ResultFormat::mediaTypes, true);
        return best != null ? best : offers.get(0);
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
}
