package org.w3id.kzlabour.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.SystemARQ;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.Rename;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one SERVICE call over HTTP within {@link ServiceLimits}: a deadline from connection to last
 * row, and a row cap.
 *
 * <p>It takes the place of Jena's {@code ServiceExecutorHttp}, which waits as long as the remote
 * likes (its HTTP timeout covers only the wait for the response headers) and reads the whole
 * remote answer into memory before the first row is used. Here the remote query gets a
 * {@code LIMIT} of one row more than the cap, the rows are read one by one from a body that gives
 * up at the call's deadline ({@link DeadlineBody}, also when the remote stalls or trickles in the
 * middle of its answer), and exceeding the cap fails the query with a one-line reason instead of
 * truncating it. Redirects are not followed, so an allowed endpoint cannot send the server elsewhere.
 *
 * <p>SERVICE SILENT keeps its SPARQL meaning: a failed call, including one stopped by these
 * limits, contributes a single empty solution, and a warning is logged.
 */
public final class LimitedServiceExecutor implements ServiceExecutor {

    /** Context key: {@link System#nanoTime()} at which the whole query must end; no call runs past it. */
    public static final Symbol QUERY_DEADLINE = SystemARQ.allocSymbol("https://w3id.org/kz-labour/ontology#", "queryDeadlineNanos");

    private static final Logger LOG = LoggerFactory.getLogger(LimitedServiceExecutor.class);
    private static final String USER_AGENT = "kz-labour-kg (federated SERVICE of https://w3id.org/kz-labour/) " + HttpEnv.UserAgent;
    private static final String ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9";
    /** Longest GET URL sent; a longer query is POSTed (Jena's own limit for SERVICE is 2 KiB too). */
    private static final int MAX_GET_URL = 2048;

    private final ServiceLimits limits;
    private final HttpClient client;

    public LimitedServiceExecutor(ServiceLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt) {
        try {
            QueryIterator rows = fetch(opExecute, execCxt);
            return new QueryIterCommonParent(rows, binding, execCxt);
        } catch (RemoteServiceException ex) {
            if (!opExecute.getSilent())
                throw ex;
            LOG.warn("SERVICE SILENT {}: {}", opExecute.getService(), ex.getMessage());
            return QueryIterSingleton.create(binding, execCxt);
        }
    }

    private QueryIterator fetch(OpService op, ExecutionContext execCxt) {
        String endpoint = op.getService().getURI();
        RemoteQuery remote = RemoteQuery.of(op, limits.maxRows() + 1);
        long budgetMillis = budgetMillis(execCxt.getContext());
        if (budgetMillis <= 0)
            throw new RemoteServiceException(RemoteServiceException.Reason.TIMEOUT,
                    "SERVICE <" + endpoint + "> not called: the query's time limit is used up");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        List<Binding> rows = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = client.send(request(endpoint, remote.query(), budgetMillis), info -> new DeadlineBody(deadline));
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2)
                    throw new RemoteServiceException(RemoteServiceException.Reason.FAILED,
                            "SERVICE <" + endpoint + "> answered HTTP " + response.statusCode());
                RowSet answer = RowSet.adapt(ResultSetMgr.read(body, resultLang(endpoint, response)));
                while (answer.hasNext()) {
                    if (System.nanoTime() - deadline > 0)
                        throw timeout(endpoint, budgetMillis);
                    if (rows.size() == limits.maxRows())
                        throw new RemoteServiceException(RemoteServiceException.Reason.TOO_MANY_ROWS,
                                "SERVICE <" + endpoint + "> returned more than " + limits.maxRows()
                                + " rows, this server's limit per SERVICE call; narrow the pattern inside SERVICE or give it a LIMIT");
                    rows.add(answer.next());
                }
            }
        } catch (RemoteServiceException ex) {
            throw ex;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw timeout(endpoint, budgetMillis);
        } catch (IOException | RuntimeException ex) {
            if (causedByTimeout(ex) || System.nanoTime() - deadline > 0)
                throw timeout(endpoint, budgetMillis);
            throw new RemoteServiceException(RemoteServiceException.Reason.FAILED,
                    "SERVICE <" + endpoint + "> failed: " + QueryCache.oneLine(String.valueOf(ex.getMessage())));
        }
        QueryIterator iterator = QueryIterPlainWrapper.create(rows.iterator(), execCxt);
        return remote.varMapping() == null ? iterator : QueryIter.map(iterator, remote.varMapping());
    }

    /** GET with the query in the URL (as Jena sends SERVICE), or POST of the query when the URL would be too long. */
    private static HttpRequest request(String endpoint, Query query, long budgetMillis) {
        String text = query.toString();
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder()
                .timeout(Duration.ofMillis(budgetMillis))
                .header("Accept", ACCEPT)
                .header("User-Agent", USER_AGENT);
        if (url.length() <= MAX_GET_URL)
            return builder.uri(URI.create(url)).GET().build();
        return builder.uri(URI.create(endpoint))
                .header("Content-Type", WebContent.contentTypeSPARQLQuery)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
    }

    private static Lang resultLang(String endpoint, HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse(WebContent.contentTypeResultsXML);
        int semicolon = type.indexOf(';');
        Lang lang = WebContent.contentTypeToLangResultSet((semicolon < 0 ? type : type.substring(0, semicolon)).strip());
        if (lang == null)
            throw new RemoteServiceException(RemoteServiceException.Reason.FAILED,
                    "SERVICE <" + endpoint + "> answered with " + QueryCache.oneLine(type) + ", not SPARQL results");
        return lang;
    }

    /** This call's time: the per-SERVICE limit, or what is left of the query's, whichever is less. */
    private long budgetMillis(Context context) {
        long budget = limits.timeout().toMillis();
        Object deadline = context == null ? null : context.get(QUERY_DEADLINE);
        if (deadline instanceof Long nanos)
            budget = Math.min(budget, TimeUnit.NANOSECONDS.toMillis(nanos - System.nanoTime()));
        return budget;
    }

    private static RemoteServiceException timeout(String endpoint, long budgetMillis) {
        return new RemoteServiceException(RemoteServiceException.Reason.TIMEOUT,
                "SERVICE <" + endpoint + "> gave no complete answer within " + budgetMillis + " ms");
    }

    private static boolean causedByTimeout(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause())
            if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.CancellationException)
                return true;
        return false;
    }

    /**
     * The query sent to the remote: the SERVICE pattern with ARQ's internal variable renaming undone
     * (as Jena's own executor does), and a LIMIT no larger than {@code limit}.
     */
    record RemoteQuery(Query query, Map<Var, Var> varMapping) {

        static RemoteQuery of(OpService op, long limit) {
            Op opRemote = op.getSubOp();
            Op restored = Rename.reverseVarRename(opRemote, true);
            Query query = OpAsQuery.asQuery(restored);
            if (!query.hasLimit() || query.getLimit() > limit)
                query.setLimit(limit);
            return new RemoteQuery(query, restored.equals(opRemote) ? null : mapping(op, restored));
        }

        private static Map<Var, Var> mapping(OpService op, Op restored) {
            Map<Var, Var> mapping = new HashMap<>();
            Set<Var> original = OpVars.visibleVars(op);
            Set<Var> remote = OpVars.visibleVars(restored);
            for (Var v : original) {
                String name = v.getName();
                Var remoteVar = name.contains("/") ? Var.alloc(name.substring(name.lastIndexOf('/') + 1)) : v;
                if (remote.contains(remoteVar))
                    mapping.put(remoteVar, v);
            }
            return mapping;
        }
    }
}
