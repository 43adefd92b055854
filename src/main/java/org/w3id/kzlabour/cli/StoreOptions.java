package org.w3id.kzlabour.cli;

import java.nio.file.Path;
import java.util.List;

import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.store.ServedStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data FILE...} / {@code --tdb2 DIR} choice shared by serve, query and export: one
 * picocli mixin, so the three commands declare, describe and check it in one place.
 */
final class StoreOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--data", arity = "1..*", paramLabel = "FILE",
            description = "use these RDF files instead of the shipped graph (syntax by extension, .gz too; quads keep their graphs)")
    List<Path> data;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "use the TDB2 database in DIR (built with 'load')")
    Path tdb2;

    /** Opens the store the options name; with neither option, the graph shipped in the jar. */
    ServedStore open() {
        if (data != null && tdb2 != null)
            throw OptionChecks.usageError(command, "give either --data or --tdb2, not both");
        if (tdb2 != null)
            return ServedStore.tdb2(tdb2);
        if (data != null)
            return ServedStore.files(data);
        return ServedStore.shipped();
    }

    /**
     * The search index of the opened store: kept on disk beside a TDB2 database (reused while
     * current), built in memory for files and the shipped graph.
     */
    SearchIndex searchIndex(ServedStore store) {
        if (tdb2 != null)
            return SearchIndex.onDisk(store.dataset(), tdb2);
        return SearchIndex.inMemory(store.dataset(), store.transactional());
    }
}
