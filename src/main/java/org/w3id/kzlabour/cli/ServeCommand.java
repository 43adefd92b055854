package org.w3id.kzlabour.cli;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3id.kzlabour.publish.ExampleQueries;
import org.w3id.kzlabour.publish.GraphReader;
import org.w3id.kzlabour.publish.LinkedDataSite;
import org.w3id.kzlabour.publish.PublicBase;
import org.w3id.kzlabour.publish.SearchServlet;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServiceLimits;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.search.ReconciliationServlet;
import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.server.LoadingGate;
import org.w3id.kzlabour.store.ServedStore;

/** {@code serve}: starts the SPARQL server on the shipped graph, on RDF files, or on a TDB2 database. */
final class ServeCommand implements Command {

    @Override
    public String name() { return "serve"; }

    @Override
    public String summary() { return "start the SPARQL server (shipped graph, --data files or --tdb2 database)"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg serve [--port 3030] [--host 127.0.0.1] [--data FILE...] [--tdb2 DIR]\n"
             + "                          [--timeout SECONDS] [--max-body BYTES] [--allow-service URL...]\n"
             + "                          [--service-timeout SECONDS] [--service-max-rows N]\n"
             + "                          [--result-cache-mb 256] [--no-query-cache] [--no-result-cache]\n"
             + "                          [--shutdown-grace SECONDS]\n"
             + "Serves the graph read-only at http://HOST:PORT/sparql (SPARQL 1.1 Protocol), its IRIs as linked data\n"
             + "(/id/..., /ontology), a query editor at /query, search at /search (and text:query in SPARQL),\n"
             + "an OpenRefine reconciliation service at /reconcile (docs/reconcile.md),\n"
             + "a landing page at /, and /$/ping (503 while the store loads and while stopping).\n"
             + "  --port N           TCP port (0 picks a free one; default 3030)\n"
             + "  --host H           interface to bind (default 127.0.0.1; 0.0.0.0 for all)\n"
             + StoreOptions.USAGE
             + "  --timeout S        query timeout in seconds (default 60); clients may only lower it\n"
             + "  --max-body BYTES   largest request body accepted (default 2097152)\n"
             + "  --allow-service U  allow SERVICE (federated query) to these endpoint URLs only (default: SERVICE refused)\n"
             + "  --service-timeout S\n"
             + "                     longest one SERVICE call may take (default 10, never above --timeout); a slower\n"
             + "                     remote fails the query with 504\n"
             + "  --service-max-rows N\n"
             + "                     most rows one SERVICE call may return (default 10000); more fails the query with 400\n"
             + "  --result-cache-mb N\n"
             + "                     megabytes of complete answers kept for identical requests (default 256; the\n"
             + "                     store cannot change while served, so a repeated request is answered from memory)\n"
             + "  --no-result-cache  execute every request (same as --result-cache-mb 0; for measuring)\n"
             + "  --no-query-cache   parse every query afresh (for measuring)\n"
             + "  --shutdown-grace S on SIGTERM/SIGINT: stop accepting, let requests in flight finish for up to S seconds\n"
             + "                     (default 10), then exit 0\n"
             + "  --base URL         public IRI base the /id/ paths stand for (default " + PublicBase.DEFAULT + ")\n";
    }

    @Override
    public int run(List<String> argv) {
        Set<String> valued = new HashSet<>(Set.of("port", "host", "timeout", "max-body", "base", "result-cache-mb",
                                                    "service-timeout", "service-max-rows", "shutdown-grace"));
        valued.addAll(StoreOptions.VALUED);
        Set<String> listed = new HashSet<>(Set.of("allow-service"));
        listed.addAll(StoreOptions.LISTED);
        Arguments args = Arguments.parse(argv, valued, listed, Set.of("no-query-cache", "no-result-cache"));
        if (!args.positional().isEmpty())
            throw new UsageException("unexpected argument: " + args.positional().get(0));
        int port = args.intValue("port", 3030, 0, 65535);
        String host = args.value("host", "127.0.0.1");
        EndpointSettings settings = EndpointSettings.defaults()
                .withQueryTimeout(Duration.ofMillis((long) (args.secondsValue("timeout", 60) * 1000)))
                .withMaxBodyBytes(args.intValue("max-body", 2 * 1024 * 1024, 1024, Integer.MAX_VALUE));
        if (args.has("no-query-cache"))
            settings = settings.withQueryCacheSize(0);
        long resultCacheMegabytes = args.intValue("result-cache-mb", 256, 0, 1 << 20);
        settings = settings.withResultCacheBytes(args.has("no-result-cache") ? 0 : resultCacheMegabytes * 1024 * 1024);
        ServicePolicy services = servicePolicy(args, settings.queryTimeout());
        Duration grace = Duration.ofMillis((long) (args.secondsValue("shutdown-grace", 10) * 1000));
        // The port answers 503 (ping included) from now until the store and index are ready.
        try (LoadingGate gate = LoadingGate.open(host, port)) {
            return serve(args, gate, host, settings, services, grace);
        }
    }

    private static int serve(Arguments args, LoadingGate gate, String host, EndpointSettings settings,
                             ServicePolicy services, Duration grace) {
        long start = System.nanoTime();
        ServedStore store = StoreOptions.open(args);
        long triples = store.transactional() ? -1 : store.tripleCount();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        if (triples >= 0)
            System.err.printf(Locale.ROOT, "LOADED triples=%d seconds=%.2f%n", triples, loadSeconds);
        long indexStart = System.nanoTime();
        SearchIndex search = StoreOptions.searchIndex(args, store);
        System.err.printf(Locale.ROOT, "SEARCH INDEX names=%d seconds=%.2f%n", search.size(), (System.nanoTime() - indexStart) / 1e9);

        PublicBase base;
        try {
            base = new PublicBase(args.value("base", PublicBase.DEFAULT));
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--base: " + ex.getMessage());
        }
        KgServer.Builder builder = KgServer.builder()
                .host(host)
                .port(gate.port())
                .listenOn(gate.handOver())
                .shutdownGrace(grace)
                .runner(new QueryRunner(search.dataset(), store.transactional(), services))
                .settings(settings)
                .route("/search", new SearchServlet(search, base));
        GraphReader reader = new GraphReader(store.dataset(), store.transactional(), settings.queryTimeout().toMillis());
        builder.route("/reconcile/*", ReconciliationServlet.over(search, reader, base, settings.maxBodyBytes()));
        LinkedDataSite.install(builder, reader, base, LinkedDataSite.shippedOntology(), ExampleQueries.shipped());
        KgServer server = builder.build().start().stopOnTermination();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        String url = "http://" + shownHost + ":" + server.port() + "/sparql";
        if (triples >= 0)
            System.out.printf(Locale.ROOT, "Serving %,d triples from %s at %s%n", triples, store.description(), url);
        else
            System.out.printf(Locale.ROOT, "Serving %s at %s%n", store.description(), url);
        System.out.flush();
        if (triples < 0)
            countInBackground(store);
        server.join();
        return 0;
    }

    /** The SERVICE allow-list and per-call limits; a SERVICE timeout above the query timeout is a usage error. */
    private static ServicePolicy servicePolicy(Arguments args, Duration queryTimeout) {
        ServiceLimits defaults = ServiceLimits.defaults();
        Duration serviceTimeout = Duration.ofMillis((long) (args.secondsValue("service-timeout",
                Math.min(defaults.timeout().toMillis(), queryTimeout.toMillis()) / 1000.0) * 1000));
        if (serviceTimeout.compareTo(queryTimeout) > 0)
            throw new UsageException("--service-timeout (" + args.value("service-timeout", "") + " s) must not exceed the query timeout ("
                    + queryTimeout.toMillis() / 1000.0 + " s)");
        int maxRows = args.intValue("service-max-rows", defaults.maxRows(), 1, 10_000_000);
        if (!args.has("allow-service")) {
            if (args.has("service-timeout") || args.has("service-max-rows"))
                throw new UsageException("--service-timeout and --service-max-rows need --allow-service");
            return ServicePolicy.refuseAll();
        }
        return ServicePolicy.allowOnly(Set.copyOf(args.values("allow-service")), new ServiceLimits(serviceTimeout, maxRows));
    }

    /** A large TDB2 store is counted after the server is up, so that counting does not delay the first answer. */
    private static void countInBackground(ServedStore store) {
        Thread counter = new Thread(() -> System.out.printf(Locale.ROOT, "%s holds %,d triples%n", store.description(), store.tripleCount()), "triple-count");
        counter.setDaemon(true);
        counter.start();
    }
}
