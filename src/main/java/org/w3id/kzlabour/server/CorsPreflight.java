package org.w3id.kzlabour.server;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to a CORS preflight ({@code OPTIONS}): every read-only route of the server may be used
 * from any origin, so that notebooks and web tools on other sites can query and dereference it.
 */
public final class CorsPreflight {

    private CorsPreflight() {}

    /** A 204 allowing {@code methods} and the request headers {@code headers} from any origin for a day. */
    public static void answer(HttpServletResponse response, String methods, String headers) {
        response.setStatus(204);
        response.setHeader("Allow", methods);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", methods);
        response.setHeader("Access-Control-Allow-Headers", headers);
        response.setHeader("Access-Control-Max-Age", "86400");
    }
}
