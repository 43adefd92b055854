package org.w3id.kzlabour.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3id.kzlabour.store.Tdb2Loader;

/** {@code load}: bulk-loads RDF files into a TDB2 database, with a progress line every few seconds. */
final class LoadCommand implements Command {

    @Override
    public String name() { return "load"; }

    @Override
    public String summary() { return "bulk-load RDF files into a TDB2 database"; }

    @Override
    public String usage() {
        return "usage: kz-labour-kg load --tdb2 DIR [--loader phased|parallel|basic] FILE...\n"
             + "Creates or extends the TDB2 database in DIR; prints progress (triples, triples/s) every 2 s.\n"
             + "  --loader L   Jena bulk loader strategy (default phased, as tdb2.tdbloader on an empty store)\n";
    }

    @Override
    public int run(List<String> argv) {
        Arguments args = Arguments.parse(argv, Set.of("tdb2", "loader"), Set.of(), Set.of());
        if (!args.has("tdb2"))
            throw new UsageException("--tdb2 DIR is required");
        if (args.positional().isEmpty())
            throw new UsageException("name at least one FILE to load");
        Tdb2Loader.Strategy strategy;
        try {
            strategy = Tdb2Loader.Strategy.valueOf(args.value("loader", "phased").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--loader must be phased, parallel or basic");
        }
        List<Path> files = args.positional().stream().map(Path::of).toList();
        long start = System.nanoTime();
        long count = new Tdb2Loader(System.err, 2000).load(Path.of(args.value("tdb2", null)), files, strategy);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Loaded %,d triples into %s in %.1f s (%,.0f triples/s)%n",
                          count, args.value("tdb2", null), seconds, count / Math.max(seconds, 1e-9));
        return 0;
    }
}
