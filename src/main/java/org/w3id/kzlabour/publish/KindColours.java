package org.w3id.kzlabour.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One colour per kind of event, the same on the map of events and on the timeline picture: the
 * kinds in IRI order take the colours of a 20-colour qualitative palette (Tableau 20) in turn.
 */
public final class KindColours {

    private static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
            "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5");

    private final List<String> kinds;

    /** @param kinds the kinds of event, by IRI */
    public KindColours(Map<String, EventIndex.Kind> kinds) {
        this.kinds = List.copyOf(new TreeSet<>(kinds.keySet()));
    }

    public String of(String kindIri) {
        int at = kinds.indexOf(kindIri);
        return at < 0 ? "#555555" : PALETTE.get(at % PALETTE.size());
    }
}
