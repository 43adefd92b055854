package org.w3id.kzlabour.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.w3id.kzlabour.server.FormDecoding;
import org.w3id.kzlabour.server.HttpError;
import org.w3id.kzlabour.server.RequestBody;

/**
 * The parameters of a reconciliation request: the query string, and for a POST the form body
 * ({@code application/x-www-form-urlencoded}, as OpenRefine sends it), decoded strictly as UTF-8 and
 * read with a size limit, so that a malformed or oversized request is a 4xx before any work is done.
 */
final class ReconciliationRequest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final Map<String, List<String>> params;

    private ReconciliationRequest(Map<String, List<String>> params) {
        this.params = params;
    }

    static ReconciliationRequest read(HttpServletRequest request, long maxBodyBytes) {
        Map<String, List<String>> params = new LinkedHashMap<>(FormDecoding.decode(request.getQueryString(), StandardCharsets.UTF_8));
        if ("POST".equals(request.getMethod())) {
            String contentType = request.getHeader("Content-Type");
            byte[] body = RequestBody.read(request, maxBodyBytes);
            if (body.length > 0 || contentType != null) {
                checkForm(contentType);
                String text = FormDecoding.strictDecode(body, StandardCharsets.UTF_8);
                FormDecoding.decode(text, StandardCharsets.UTF_8).forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            }
        }
        return new ReconciliationRequest(params);
    }

    /** The single value of a parameter, or null; a parameter given twice is an error. */
    String param(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty())
            return null;
        if (values.size() > 1)
            throw HttpError.badRequest("parameter '" + ReconciliationQuery.clip(name) + "' given more than once");
        return values.get(0);
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    /** Names of parameters other than those listed. */
    List<String> namesOtherThan(List<String> known) {
        return params.keySet().stream().filter(k -> !known.contains(k)).toList();
    }

    private static void checkForm(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals(FORM))
            throw new HttpError(415, "POST a form (" + FORM + "; charset=UTF-8), not '" + ReconciliationQuery.clip(type) + "'");
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String charset = p.substring("charset=".length()).replace("\"", "").strip();
                if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii"))
                    throw new HttpError(415, "charset '" + ReconciliationQuery.clip(charset) + "' is not supported; send UTF-8");
            }
        }
    }

}
