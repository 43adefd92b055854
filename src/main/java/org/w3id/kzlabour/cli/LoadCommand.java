package org.w3id.kzlabour.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.kzlabour.store.Tdb2Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load}: bulk-loads RDF files into a TDB2 database, with a progress line every few seconds. */
@Command(name = "load",
         description = {
             "bulk-load RDF files into a TDB2 database",
             "Creates or extends the TDB2 database in DIR; prints progress (triples,",
             "triples/s) every 2 s."})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--tdb2", paramLabel = "DIR", required = true, description = "the TDB2 database to create or extend")
    Path tdb2;

    @Option(names = "--loader", paramLabel = "phased|parallel|basic", defaultValue = "phased",
            description = "Jena bulk loader strategy (default phased, as tdb2.tdbloader on an empty store)")
    Tdb2Loader.Strategy strategy;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files to load (syntax by extension, .gz too)")
    List<Path> files;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long count = new Tdb2Loader(System.err, 2000).load(tdb2, files, strategy);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Loaded %,d triples into %s in %.1f s (%,.0f triples/s)%n",
                          count, tdb2, seconds, count / Math.max(seconds, 1e-9));
        return 0;
    }
}
