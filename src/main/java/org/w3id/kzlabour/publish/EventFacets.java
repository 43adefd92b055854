package org.w3id.kzlabour.publish;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Faceted counting over the graph's events, for the browse page: four facets (kind of event, year,
 * region, kind of source), a selection of at most one value per facet, and for each facet the
 * number of events per value among the events that match the selections of the <em>other</em>
 * facets (so a reader can switch between a facet's values and see how many each would give).
 */
public final class EventFacets {

    /** A facet: its query-string parameter and the values an event has in it. */
    public enum Facet {
        TYPE("type", e -> e.kinds().stream().map(EventIndex::localName).toList()),
        YEAR("year", e -> e.year() == 0 ? List.of() : List.of(Integer.toString(e.year()))),
        REGION("region", EventIndex.Event::regions),
        SOURCE_KIND("sourceKind", e -> e.sourceKinds().stream().map(EventIndex::localName).toList());

        private final String param;
        private final Function<EventIndex.Event, Collection<String>> values;

        Facet(String param, Function<EventIndex.Event, Collection<String>> values) {
            this.param = param;
            this.values = values;
        }

        public String param() {
            return param;
        }

        /** The event's values in this facet (a kind or source kind by its local name, a year, a region key). */
        public Collection<String> of(EventIndex.Event event) {
            return values.apply(event);
        }
    }

    private EventFacets() {}

    /** Whether the event has the selected value of every facet in {@code selection}, ignoring {@code except}. */
    static boolean matches(EventIndex.Event event, Map<Facet, String> selection, Facet except) {
        for (var chosen : selection.entrySet())
            if (chosen.getKey() != except && !chosen.getKey().of(event).contains(chosen.getValue()))
                return false;
        return true;
    }

    /** The events that match the whole selection, in their order. */
    public static List<EventIndex.Event> matching(List<EventIndex.Event> events, Map<Facet, String> selection) {
        return events.stream().filter(e -> matches(e, selection, null)).toList();
    }

    /** For each facet, value to the number of events with it among those matching the other facets' selections. */
    public static Map<Facet, Map<String, Long>> counts(List<EventIndex.Event> events, Map<Facet, String> selection) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> byValue = new TreeMap<>();
            for (EventIndex.Event event : events)
                if (matches(event, selection, facet))
                    for (String value : Set.copyOf(facet.of(event)))
                        byValue.merge(value, 1L, Long::sum);
            counts.put(facet, byValue);
        }
        return counts;
    }
}
