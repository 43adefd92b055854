package org.w3id.kzlabour.server;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One SPARQL 1.1 Protocol query request, read from GET, form POST or direct POST.
 *
 * <p>Everything the client sent is decoded strictly and the body is read with a hard size limit,
 * so that bad input is a 400 (or 413, or 415 for a media type or a charset other than UTF-8) with a reason before any parsing work is done.
 * Updates are recognised only to be refused: this endpoint is read-only.
 */
public record ProtocolRequest(String query, Map<String, List<String>> params) {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final Set<String> UTF8_NAMES = Set.of("utf-8", "utf8", "us-ascii");

    /** Reads the request; {@code query} is null when a GET carries no query (a request for the service description). */
    public static ProtocolRequest read(HttpServletRequest request, long maxBodyBytes) {
        Map<String, List<String>> params = new LinkedHashMap<>(FormDecoding.decode(request.getQueryString(), StandardCharsets.UTF_8));
        String method = request.getMethod();
        if ("POST".equals(method)) {
            // The body is read (within the limit) before the headers are judged: a refusal then leaves
            // the connection clean for the client's next request; refusing with the body unread made
            // Jetty close it, and a client that had already reused it got no answer at all.
            byte[] bytes = RequestBody.read(request, maxBodyBytes);
            String mediaType = mediaType(request.getHeader("Content-Type"));
            Charset charset = charset(request.getHeader("Content-Type"));
            if (mediaType.equals(FORM)) {
                String body = FormDecoding.strictDecode(bytes, charset);
                FormDecoding.decode(body, charset).forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            } else if (mediaType.equals(SPARQL_QUERY)) {
                String body = FormDecoding.strictDecode(bytes, charset);
                return new ProtocolRequest(body, params);
            } else if (mediaType.equals(SPARQL_UPDATE)) {
                throw refuseUpdate();
            } else {
                throw new HttpError(415, "Unsupported Content-Type '" + mediaType + "'; use " + FORM + " or " + SPARQL_QUERY);
            }
        }
        if (params.containsKey("update"))
            throw refuseUpdate();
        List<String> queries = params.getOrDefault("query", List.of());
        if (queries.size() > 1)
            throw HttpError.badRequest("More than one 'query' parameter");
        return new ProtocolRequest(queries.isEmpty() ? null : queries.get(0), params);
    }

    /** The single value of a parameter, or null. */
    public String param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a parameter (for the repeatable default-graph-uri and named-graph-uri). */
    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    private static HttpError refuseUpdate() {
        return new HttpError(403, "This endpoint is read-only: SPARQL Update is not accepted");
    }

    private static String mediaType(String contentType) {
        if (contentType == null)
            return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The body's charset: UTF-8 always, since the SPARQL 1.1 Protocol sends queries and forms in
     * UTF-8. A declared {@code charset} parameter must say so (US-ASCII, a subset, is accepted too);
     * any other is refused with a 415 rather than decoded, so that a client sending Latin-1 learns
     * why its query text would differ from what the server runs.
     */
    private static Charset charset(String contentType) {
        if (contentType == null)
            return StandardCharsets.UTF_8;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                if (!UTF8_NAMES.contains(name.toLowerCase(Locale.ROOT)))
                    throw new HttpError(415, "Unsupported charset '" + clip(name) + "': a SPARQL query must be sent in UTF-8 (charset=utf-8)");
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
