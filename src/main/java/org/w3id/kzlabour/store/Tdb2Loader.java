package org.w3id.kzlabour.store;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Bulk-loads RDF files into a TDB2 database with Jena's bulk loaders, reporting progress.
 *
 * <p>Jena's own loader reports only every few hundred thousand triples; a researcher loading a
 * large dump wants to see that it is alive, so a progress line (triples, rate) is printed at a fixed
 * interval from a counter on the parse stream, and again while the indexes are built.
 */
public final class Tdb2Loader {

    /** Jena's loader strategies: phased (the default of tdb2.tdbloader on an empty store), parallel, basic. */
    public enum Strategy { PHASED, PARALLEL, BASIC }

    private final PrintStream progress;
    private final long intervalMillis;

    public Tdb2Loader(PrintStream progress, long intervalMillis) {
        this.progress = progress;
        this.intervalMillis = intervalMillis;
    }

    /** Loads the files; returns the number of triples and quads parsed. */
    public long load(Path directory, List<Path> files, Strategy strategy) {
        for (Path file : files) {
            if (!Files.isReadable(file))
                throw new StoreException("Cannot read data file: " + file);
            if (RDFLanguages.filenameToLang(file.getFileName().toString()) == null)
                throw new StoreException("Unknown RDF syntax (by file extension): " + file);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        DataLoader loader = switch (strategy) {
            case PHASED -> LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
            case BASIC -> LoaderFactory.basicLoader(dsg, MonitorOutputs.nullOutput());
        };
        AtomicLong count = new AtomicLong();
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-progress");
            t.setDaemon(true);
            return t;
        });
        String[] phase = {"parsing"};
        ticker.scheduleAtFixedRate(() -> report(phase[0], count.get(), start), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        try {
            loader.startBulk();
            StreamRDF counting = counting(loader.stream(), count);
            for (Path file : files) {
                try {
                    RDFParser.source(file.toString()).parse(counting);
                } catch (RuntimeException ex) {
                    throw new StoreException(file + ": " + ex.getMessage(), ex);
                }
            }
            phase[0] = "indexing";
            loader.finishBulk();
        } finally {
            ticker.shutdownNow();
        }
        report("done", count.get(), start);
        return count.get();
    }

    private void report(String phase, long triples, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        progress.printf(Locale.ROOT, "load: %s %,d triples in %.1f s (%,.0f triples/s)%n", phase, triples, seconds,
                        seconds > 0 ? triples / seconds : 0.0);
        progress.flush();
    }

    private static StreamRDF counting(StreamRDF destination, AtomicLong count) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                count.incrementAndGet();
                super.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                count.incrementAndGet();
                super.quad(quad);
            }
        };
    }
}
