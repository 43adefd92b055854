package org.w3id.kzlabour.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.server.CorsPreflight;
import org.w3id.kzlabour.server.ErrorResponses;
import org.w3id.kzlabour.server.HttpError;
import org.w3id.kzlabour.server.RequestRoot;

/**
 * {@code /reconcile}: the Reconciliation Service API 0.2 over HTTP, for OpenRefine and other clients.
 *
 * <ul>
 * <li>{@code GET /reconcile}: the manifest; {@code GET|POST /reconcile} with {@code queries=} or
 *     {@code extend=}: a result batch or a data-extension response;</li>
 * <li>{@code /reconcile/preview?id=}, {@code /reconcile/suggest/{entity,type,property}?prefix=},
 *     {@code /reconcile/properties?type=}.</li>
 * </ul>
 * Every answer carries {@code Access-Control-Allow-Origin: *} (the API requires CORS; OpenRefine's
 * browser side reads the manifest) and JSON answers are JSONP with a valid {@code callback=}. Every
 * error has a JSON body {@code {"status": ..., "error": "..."}}: bad input is always a 4xx; only a
 * graph read that times out (503) or a fault of ours (500, logged) is a 5xx.
 */
public final class ReconciliationServlet extends HttpServlet {

    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";
    /** A JSONP callback: a JavaScript identifier path such as {@code jQuery123_456} or {@code cb.done}. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,99}(\\.[A-Za-z_$][A-Za-z0-9_$]{0,99}){0,4}");
    private static final List<String> ROOT_PARAMS = List.of("queries", "extend", "callback", "_");

    private final ReconciliationService service;
    private final long maxBodyBytes;

    public ReconciliationServlet(ReconciliationService service, long maxBodyBytes) {
        this.service = service;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The servlet over a search engine and the served graph. */
    public static ReconciliationServlet over(EntitySearch search, GraphReader reader, PublicBase base, long maxBodyBytes) {
        return new ReconciliationServlet(new ReconciliationService(search, reader, base), maxBodyBytes);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        response.setHeader("Access-Control-Allow-Origin", "*");
        String callback = null;
        try {
            if (method.equals("OPTIONS")) {
                CorsPreflight.answer(response, ALLOW, "Accept, Content-Type");
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST"))
                throw new HttpError(405, "method " + method + " not allowed here", Map.of("Allow", ALLOW));
            ReconciliationRequest params = ReconciliationRequest.read(request, maxBodyBytes);
            callback = callback(params);
            route(request, response, params, callback);
        } catch (HttpError error) {
            sendError(response, error, callback);
        } catch (RuntimeException | StackOverflowError failure) {
            // Jena's failures (a timed-out graph read is a 503) and anything unexpected (logged, a 500).
            sendError(response, ErrorResponses.toHttpError(failure), callback);
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, ReconciliationRequest params, String callback) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String root = root(request);
        switch (path) {
            case "", "/" -> answerRoot(request, response, params, callback, root);
            case "/preview" -> send(request, response, 200, "text/html; charset=utf-8", service.preview(params.param("id"), root));
            case "/suggest/entity" -> sendJson(request, response, service.suggestEntities(params.param("prefix"), params.param("cursor"), params.param("type")), callback);
            case "/suggest/type" -> sendJson(request, response, service.suggestTypes(params.param("prefix"), params.param("cursor")), callback);
            case "/suggest/property" -> sendJson(request, response, service.suggestProperties(params.param("prefix"), params.param("cursor")), callback);
            case "/properties" -> sendJson(request, response, service.proposeProperties(params.param("type"), params.param("limit")), callback);
            default -> throw new HttpError(404, "no such reconciliation endpoint; the manifest is at /reconcile");
        }
    }

    private void answerRoot(HttpServletRequest request, HttpServletResponse response, ReconciliationRequest params, String callback, String root) throws IOException {
        List<String> unknown = params.namesOtherThan(ROOT_PARAMS);
        if (!unknown.isEmpty())
            throw HttpError.badRequest("unknown parameter '" + ReconciliationQuery.clip(unknown.get(0)) + "' (use queries= or extend=)");
        if (params.has("queries") && params.has("extend"))
            throw HttpError.badRequest("give either queries= or extend=, not both");
        if (params.has("queries"))
            sendJson(request, response, service.reconcile(params.param("queries")), callback);
        else if (params.has("extend"))
            sendJson(request, response, service.extend(params.param("extend")), callback);
        else {
            response.setHeader("Cache-Control", "public, max-age=300");
            sendJson(request, response, service.manifest(root), callback);
        }
    }

    private static String callback(ReconciliationRequest params) {
        String callback = params.param("callback");
        if (callback == null)
            return null;
        if (!CALLBACK.matcher(callback).matches())
            throw HttpError.badRequest("'callback' must be a JavaScript identifier (letters, digits, _ and $, dotted)");
        return callback;
    }

    private static void sendJson(HttpServletRequest request, HttpServletResponse response, JsonObject json, String callback) throws IOException {
        String text = ReconciliationJson.write(json);
        if (callback != null) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            send(request, response, 200, "application/javascript; charset=utf-8", "/**/" + callback + "(" + text + ");");
        } else {
            send(request, response, 200, "application/json; charset=utf-8", text);
        }
    }

    private static void sendError(HttpServletResponse response, HttpError error, String callback) throws IOException {
        if (response.isCommitted())
            return;
        response.reset();
        response.setHeader("Access-Control-Allow-Origin", "*");
        error.headers().forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        JsonObject body = new JsonObject();
        body.put("status", error.status());
        body.put("error", error.getMessage() == null ? "error" : oneLine(error.getMessage()));
        byte[] bytes = ReconciliationJson.write(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(error.status());
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String oneLine(String message) {
        String line = message.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod()))
            response.getOutputStream().write(bytes);
    }

    /** The scheme, host and port the client called, e.g. {@code http://127.0.0.1:3030}. */
    static String root(HttpServletRequest request) {
        return RequestRoot.of(request);
    }
}
