package org.w3id.kzlabour.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.w3id.kzlabour.server.CorsPreflight;
import org.w3id.kzlabour.server.ErrorResponses;
import org.w3id.kzlabour.server.FormDecoding;
import org.w3id.kzlabour.server.HttpError;
import org.w3id.kzlabour.server.RequestRoot;

/**
 * What every read-only page of the linked-data site shares: GET and HEAD only, a CORS header on
 * every answer (browser tools such as Comunica or a YASGUI elsewhere may read our RDF), a CORS
 * preflight, strict decoding of the query string, whole answers sent with their length, and every
 * failure turned into a status in one place ({@link ErrorResponses}).
 */
abstract class PublishedServlet extends HttpServlet {

    static final String ALLOW = "GET, HEAD, OPTIONS";

    /** Writes the answer; throws for any failure (an HttpError or a typed exception of this package). */
    protected abstract void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException;

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        try {
            switch (method) {
                case "GET", "HEAD" -> {
                    Map<String, List<String>> params = FormDecoding.decode(request.getQueryString(), StandardCharsets.UTF_8);
                    response.setHeader("Access-Control-Allow-Origin", "*");
                    answer(request, response, params);
                }
                case "OPTIONS" -> CorsPreflight.answer(response, ALLOW, "Accept, Accept-Language");
                default -> throw new HttpError(405, "Method " + method + " not allowed: this resource is read-only", Map.of("Allow", ALLOW));
            }
        } catch (Throwable failure) {
            if (failure instanceof Error error && !(failure instanceof StackOverflowError) && !(failure instanceof OutOfMemoryError))
                throw error;
            if (response.isCommitted())
                throw new IOException("Response failed after it was committed", failure);
            ErrorResponses.send(response, ErrorResponses.toHttpError(failure));
        }
    }

    /** The single value of a query-string parameter, or null. */
    static String param(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Sends a graph in an RDF format with the project's prefixes. */
    static void sendRdf(HttpServletRequest request, HttpServletResponse response, Graph graph, DocumentFormat format, PrefixMap prefixes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        prefixes.forEach((prefix, ns) -> {
            if (graph.getPrefixMapping().getNsPrefixURI(prefix) == null)
                graph.getPrefixMapping().setNsPrefix(prefix, ns);
        });
        RDFWriter.source(graph).format(format.rdfFormat()).output(bytes);
        send(request, response, format.contentType(), bytes.toByteArray());
    }

    /** Sends an HTML page. */
    static void sendHtml(HttpServletRequest request, HttpServletResponse response, String html) throws IOException {
        send(request, response, DocumentFormat.HTML.contentType(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a whole body with its length (HEAD gets the headers only). */
    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setStatus(200);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod()))
            response.getOutputStream().write(body);
    }

    /** The scheme, host and port the client called, e.g. {@code http://127.0.0.1:3030}: links in answers point back to it. */
    static String root(HttpServletRequest request) {
        return RequestRoot.of(request);
    }
}
