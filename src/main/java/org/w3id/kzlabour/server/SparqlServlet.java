package org.w3id.kzlabour.server;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.w3id.kzlabour.query.Cancellation;
import org.w3id.kzlabour.query.ContentNegotiation;
import org.w3id.kzlabour.query.QueryCache;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.query.ResultCache;
import org.w3id.kzlabour.query.ResultFormat;

/**
 * The read-only SPARQL 1.1 Protocol endpoint.
 *
 * <p>A lean servlet over ARQ rather than Fuseki's generic action chain: one strict request reader,
 * a cache of parsed queries, a cache of complete answers to identical requests ({@link ResultCache}),
 * the shared {@link QueryRunner}, and results held back until they are complete or too large to hold,
 * so an error is a status and never a truncated 200. A query whose client has closed its connection
 * is stopped ({@link ClientWatch}).
 */
public final class SparqlServlet extends HttpServlet {

    static final String ALLOW = "GET, POST, OPTIONS";

    private final QueryRunner runner;
    private final QueryCache cache;
    private final ResultCache answers;
    private final ClientWatch clientWatch = new ClientWatch(Duration.ofSeconds(1), Duration.ofMillis(250));
    private final EndpointSettings settings;
    private final String baseIri;
    private final RequestHandler noQueryHandler;

    /** Answers a GET that carries no query (the lead use: the service description). */
    @FunctionalInterface
    public interface RequestHandler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    public SparqlServlet(QueryRunner runner, EndpointSettings settings, String baseIri, RequestHandler noQueryHandler) {
        this.runner = runner;
        this.settings = settings;
        this.cache = new QueryCache(settings.queryCacheSize());
        this.answers = new ResultCache(settings.resultCacheBytes(), EndpointSettings.MAX_CACHED_ANSWER_BYTES,
                                       settings.resultCacheMinCost().toNanos());
        this.baseIri = baseIri;
        this.noQueryHandler = noQueryHandler;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            CorsPreflight.answer(response, ALLOW, "Accept, Content-Type, Authorization, X-Requested-With");
            return;
        }
        ResponseBuffer out = null;
        try {
            if (!"GET".equals(method) && !"POST".equals(method))
                throw new HttpError(405, "Method " + method + " not allowed: this endpoint is read-only", java.util.Map.of("Allow", ALLOW));
            ProtocolRequest protocol = ProtocolRequest.read(request, settings.maxBodyBytes());
            if (protocol.query() == null) {
                if ("GET".equals(method) && noQueryHandler != null) {
                    noQueryHandler.handle(request, response);
                    return;
                }
                throw HttpError.badRequest("Missing 'query' parameter");
            }
            long timeout = settings.effectiveTimeoutMillis(protocol.param("timeout"));
            ResultCache.Key key = answers.keyFor(protocol.query(), request.getHeader("Accept"), formatParam(protocol),
                                                 protocol.params("default-graph-uri"), protocol.params("named-graph-uri"));
            ResultCache.Answer cached = answers.get(key);
            if (cached != null) {
                sendCached(response, cached);
                return;
            }
            Query query = cache.parse(protocol.query(), baseIri);
            runner.admit(query);
            ResultFormat format = ContentNegotiation.choose(QueryRunner.kindOf(query), formatParam(protocol), request.getHeader("Accept"));
            startAnswer(response, format.contentType());
            if (key != null)
                response.setHeader("X-Cache", "MISS");
            out = new ResponseBuffer(response, settings.responseBuffer(), key == null ? 0 : answers.maxEntryBytes());
            Cancellation cancellation = new Cancellation();
            long started = System.nanoTime();
            try (ClientWatch.Watch watch = clientWatch.watch(request.getLocalPort(), request.getRemotePort(), request.getRemoteAddr(), cancellation)) {
                runner.run(query, format, timeout, protocol.params("default-graph-uri"), protocol.params("named-graph-uri"), out, cancellation);
            }
            out.finish();
            // An answer that depends on a remote endpoint is not kept: the remote changes, and a
            // SERVICE SILENT answer given while the remote was down must not be replayed.
            if (key != null && !ServicePolicy.callsService(query))
                answers.offer(key, format.contentType(), System.nanoTime() - started, out::captured);
        } catch (Throwable failure) {
            if (out != null && out.isStreaming())
                throw new ResponseAbortedException(failure);
            if (failure instanceof Error error && !(failure instanceof StackOverflowError) && !(failure instanceof OutOfMemoryError))
                throw error;
            ErrorResponses.send(response, ErrorResponses.toHttpError(failure));
        }
    }

    @Override
    public void destroy() {
        clientWatch.close();
    }

    private static void startAnswer(HttpServletResponse response, String contentType) {
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    private static void sendCached(HttpServletResponse response, ResultCache.Answer answer) throws IOException {
        startAnswer(response, answer.contentType());
        response.setHeader("X-Cache", "HIT");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static String formatParam(ProtocolRequest protocol) {
        String format = protocol.param("format");
        return format != null ? format : protocol.param("output");
    }

    /**
     * Thrown when a streamed response fails: leaving the servlet with it makes Jetty abort the
     * connection, so the client sees a broken transfer rather than a clean-looking truncated result.
     */
    static final class ResponseAbortedException extends RuntimeException {
        ResponseAbortedException(Throwable cause) {
            super("Response aborted after it was committed: " + cause, cause, false, false);
        }
    }
}
