package org.w3id.kzlabour.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.w3id.kzlabour.publish.ExampleQueries;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.LinkedDataSite;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.publish.SearchServlet;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServiceLimits;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.search.ReconciliationServlet;
import org.w3id.kzlabour.search.BackgroundSearchIndex;
import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.server.LoadingGate;
import org.w3id.kzlabour.store.ServedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code serve}: starts the SPARQL server on the shipped graph, on RDF files, or on a TDB2 database. */
@Command(name = "serve",
         description = {
             "start the SPARQL server (shipped graph, --data files or --tdb2 database)",
             "Serves the graph read-only at http://HOST:PORT/sparql (SPARQL 1.1 Protocol),",
             "its IRIs as linked data (/id/..., /ontology), a query editor at /query,",
             "search at /search (and text:query in SPARQL), an OpenRefine reconciliation",
             "service at /reconcile (docs/reconcile.md), a landing page at /, and /$/ping",
             "(503 while the store loads and while stopping)."})
final class ServeCommand implements Callable<Integer> {

    private static final int MAX_PORT = 65535;
    private static final int MIN_BODY = 1024;
    private static final int MAX_CACHE_MB = 1 << 20;
    private static final int MAX_SERVICE_ROWS = 10_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "TCP port (0 picks a free one; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "interface to bind (default ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", converter = OptionChecks.Seconds.class,
            description = "query timeout in seconds (default ${DEFAULT-VALUE}); clients may only lower it")
    Duration timeout;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152", description = "largest request body accepted (default ${DEFAULT-VALUE})")
    int maxBody;

    @Option(names = "--allow-service", arity = "1..*", paramLabel = "URL",
            description = "allow SERVICE (federated query) to these endpoint URLs only (default: SERVICE refused)")
    List<String> allowService;

    @Option(names = "--service-timeout", paramLabel = "SECONDS", converter = OptionChecks.Seconds.class,
            description = "longest one SERVICE call may take (default 10, never above --timeout); a slower remote fails the query with 504")
    Duration serviceTimeout;

    @Option(names = "--service-max-rows", paramLabel = "N",
            description = "most rows one SERVICE call may return (default 10000); more fails the query with 400")
    Integer serviceMaxRows;

    @Option(names = "--result-cache-mb", paramLabel = "N", defaultValue = "256",
            description = "megabytes of complete answers kept for identical requests (default ${DEFAULT-VALUE}; the store cannot change "
                        + "while served, so a repeated request is answered from memory)")
    int resultCacheMegabytes;

    @Option(names = "--no-result-cache", description = "execute every request (same as --result-cache-mb 0; for measuring)")
    boolean noResultCache;

    @Option(names = "--no-query-cache", description = "parse every query afresh (for measuring)")
    boolean noQueryCache;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "10", converter = OptionChecks.Seconds.class,
            description = "on SIGTERM/SIGINT: stop accepting, let requests in flight finish for up to SECONDS "
                        + "(default ${DEFAULT-VALUE}), then exit 0")
    Duration shutdownGrace;

    @Option(names = "--base", paramLabel = "URL", defaultValue = PublicBase.DEFAULT, converter = BaseConverter.class,
            description = "public IRI base the /id/ paths stand for (default ${DEFAULT-VALUE})")
    PublicBase base;

    @Override
    public Integer call() {
        EndpointSettings settings = settings();
        ServicePolicy services = servicePolicy(settings.queryTimeout());
        OptionChecks.within(spec, "--port", port, 0, MAX_PORT);
        // The port answers 503 (ping included) from now until the store and index are ready.
        try (LoadingGate gate = LoadingGate.open(host, port)) {
            return serve(gate, settings, services);
        }
    }

    private int serve(LoadingGate gate, EndpointSettings settings, ServicePolicy services) {
        long start = System.nanoTime();
        ServedStore served = store.open();
        long triples = served.transactional() ? -1 : served.tripleCount();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        if (triples >= 0)
            System.err.printf(Locale.ROOT, "LOADED triples=%d seconds=%.2f%n", triples, loadSeconds);
        BackgroundSearchIndex search = searchIndex(served, triples);

        KgServer.Builder builder = KgServer.builder()
                .host(host)
                .port(gate.port())
                .listenOn(gate.handOver())
                .shutdownGrace(shutdownGrace)
                .runner(new QueryRunner(served.dataset(), served.transactional(), services))
                .settings(settings)
                .route("/search", new SearchServlet(search, base));
        GraphReader reader = new GraphReader(served.dataset(), served.transactional(), settings.queryTimeout().toMillis());
        builder.route("/reconcile/*", ReconciliationServlet.over(search, reader, base, settings.maxBodyBytes()));
        LinkedDataSite.install(builder, reader, base, LinkedDataSite.shippedOntology(), ExampleQueries.shipped());
        KgServer server = builder.build().start().stopOnTermination();
        if (!search.isReady())
            buildInBackground(search, served);
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        String url = "http://" + shownHost + ":" + server.port() + "/sparql";
        if (triples >= 0)
            System.out.printf(Locale.ROOT, "Serving %,d triples from %s at %s%n", triples, served.description(), url);
        else
            System.out.printf(Locale.ROOT, "Serving %s at %s%n", served.description(), url);
        System.out.flush();
        if (triples < 0)
            countInBackground(served);
        server.join();
        return 0;
    }

    /**
     * The name index. For a large store (or a TDB2 database, whose size is not counted at start) it is
     * built beside the running server (4-5 s at 1m triples, as long as loading the store): SPARQL is
     * answered from the start, and /search, /reconcile and text:query answer 503 until the index is
     * ready. A small store's index (the shipped graph's: well under a second) is built before serving,
     * so that a fresh server, or a replica just restarted behind a proxy, answers everything at once.
     */
    private BackgroundSearchIndex searchIndex(ServedStore served, long triples) {
        long indexStart = System.nanoTime();
        if (triples >= 0 && triples < BACKGROUND_INDEX_TRIPLES) {
            SearchIndex built = store.searchIndex(served);
            report(built, indexStart);
            return BackgroundSearchIndex.of(built);
        }
        return BackgroundSearchIndex.pending(served.dataset());
    }

    /** Builds a large store's index once the server runs (so that starting it does not compete with the build). */
    private void buildInBackground(BackgroundSearchIndex search, ServedStore served) {
        long indexStart = System.nanoTime();
        search.build(() -> store.searchIndex(served), index -> report(index, indexStart));
    }

    private static void report(SearchIndex index, long start) {
        System.err.printf(Locale.ROOT, "SEARCH INDEX names=%d seconds=%.2f%n", index.size(), (System.nanoTime() - start) / 1e9);
    }

    /** From this many triples on, the name index is built while the server already runs. */
    static final long BACKGROUND_INDEX_TRIPLES = 100_000;

    /** The endpoint's timeout, body limit and caches, from the options. */
    private EndpointSettings settings() {
        EndpointSettings settings = EndpointSettings.defaults()
                .withQueryTimeout(timeout)
                .withMaxBodyBytes(OptionChecks.within(spec, "--max-body", maxBody, MIN_BODY, Integer.MAX_VALUE));
        if (noQueryCache)
            settings = settings.withQueryCacheSize(0);
        long megabytes = OptionChecks.within(spec, "--result-cache-mb", resultCacheMegabytes, 0, MAX_CACHE_MB);
        return settings.withResultCacheBytes(noResultCache ? 0 : megabytes * 1024 * 1024);
    }

    /** The SERVICE allow-list and per-call limits; a SERVICE timeout above the query timeout is a usage error. */
    private ServicePolicy servicePolicy(Duration queryTimeout) {
        ServiceLimits defaults = ServiceLimits.defaults();
        Duration callTimeout = serviceTimeout != null ? serviceTimeout
                : Duration.ofMillis(Math.min(defaults.timeout().toMillis(), queryTimeout.toMillis()));
        if (callTimeout.compareTo(queryTimeout) > 0)
            throw OptionChecks.usageError(spec, "--service-timeout (" + OptionChecks.seconds(callTimeout)
                    + " s) must not exceed the query timeout (" + OptionChecks.seconds(queryTimeout) + " s)");
        int maxRows = serviceMaxRows == null ? defaults.maxRows()
                : OptionChecks.within(spec, "--service-max-rows", serviceMaxRows, 1, MAX_SERVICE_ROWS);
        if (allowService == null) {
            if (serviceTimeout != null || serviceMaxRows != null)
                throw OptionChecks.usageError(spec, "--service-timeout and --service-max-rows need --allow-service");
            return ServicePolicy.refuseAll();
        }
        return ServicePolicy.allowOnly(Set.copyOf(allowService), new ServiceLimits(callTimeout, maxRows));
    }

    /** {@code --base}: an http(s) IRI, or a usage error saying why not. */
    static final class BaseConverter implements ITypeConverter<PublicBase> {
        @Override
        public PublicBase convert(String text) {
            try {
                return new PublicBase(text);
            } catch (IllegalArgumentException ex) {
                throw new TypeConversionException(ex.getMessage());
            }
        }
    }

    /** A large TDB2 store is counted after the server is up, so that counting does not delay the first answer. */
    private static void countInBackground(ServedStore store) {
        Thread counter = new Thread(() -> System.out.printf(Locale.ROOT, "%s holds %,d triples%n", store.description(), store.tripleCount()), "triple-count");
        counter.setDaemon(true);
        counter.start();
    }
}
