package org.w3id.kzlabour.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.store.ServedStore;

/** The {@code --data FILE...} / {@code --tdb2 DIR} choice shared by serve, query and export. */
final class StoreOptions {

    static final Set<String> LISTED = Set.of("data");
    static final Set<String> VALUED = Set.of("tdb2");
    static final String USAGE =
            "  --data FILE...     serve these RDF files instead (syntax by extension, .gz too; quads keep their graphs)\n"
          + "  --tdb2 DIR         use the TDB2 database in DIR (built with 'load')\n";

    private StoreOptions() {}

    /** Opens the store the options name; with neither option, the graph shipped in the jar. */
    static ServedStore open(Arguments args) {
        if (args.has("data") && args.has("tdb2"))
            throw new UsageException("give either --data or --tdb2, not both");
        if (args.has("tdb2"))
            return ServedStore.tdb2(Path.of(args.value("tdb2", null)));
        if (args.has("data")) {
            List<Path> files = args.values("data").stream().map(Path::of).toList();
            return ServedStore.files(files);
        }
        return ServedStore.shipped();
    }

    /**
     * The search index of the store the options name: kept on disk beside a TDB2 database (reused
     * while current), built in memory for files and the shipped graph.
     */
    static SearchIndex searchIndex(Arguments args, ServedStore store) {
        if (args.has("tdb2"))
            return SearchIndex.onDisk(store.dataset(), Path.of(args.value("tdb2", null)));
        return SearchIndex.inMemory(store.dataset(), store.transactional());
    }
}
