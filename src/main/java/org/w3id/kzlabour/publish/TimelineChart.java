package org.w3id.kzlabour.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The landing page's timeline as a picture: a time axis with labelled years and one lane per kind
 * of event, each dated event a mark (a link with a title) at its date in its kind's lane. SVG
 * drawn on the server, like the map; the list of events stays below it for reading and for
 * screen readers.
 */
public final class TimelineChart {

    static final double WIDTH = 900;
    static final double LANE = 24;
    static final double LEFT = 190;
    static final double RIGHT = 16;
    static final double TOP = 8;
    static final double AXIS = 30;

    private TimelineChart() {}

    /** A lane: its kind's label, colour, the y of its middle and of its label. */
    public record Lane(String label, String lang, String colour, String y, String textY) {}

    /** A year on the axis: x of its start, x of its middle (for the label), label, whether it is labelled. */
    public record Tick(String x, String middle, String year, boolean labelled) {}

    /** An event: position, colour, link, title (date and label). */
    public record Mark(String cx, String cy, String colour, String href, String title, String lang) {}

    /** The model of {@code parts/timelineChart.jte}. */
    public record Chart(String lang, String width, String height, String plotLeft, String plotRight, String axisY,
                        List<Lane> lanes, List<Tick> ticks, List<Mark> marks) {
        public boolean isEmpty() {
            return marks.isEmpty();
        }
    }

    /** The chart of the dated events of {@code contents}, links made by {@code base}. */
    public static Chart draw(EventIndex.Contents contents, PublicBase base, PageLanguage language) {
        String lang = language.code();
        List<EventIndex.Event> dated = contents.events().stream().filter(e -> e.date() != null && e.year() != 0).toList();
        KindColours colours = new KindColours(contents.kinds());
        Map<String, List<EventIndex.Event>> byKind = new TreeMap<>();
        for (EventIndex.Event event : dated)
            byKind.computeIfAbsent(event.primaryKind(), k -> new ArrayList<>()).add(event);
        Map<String, String> labels = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byKind.keySet().forEach(k -> labels.put(contents.kinds().getOrDefault(k, new EventIndex.Kind(k, Map.of())).label(lang), k));
        int first = dated.stream().mapToInt(EventIndex.Event::year).min().orElse(2000);
        int last = dated.stream().mapToInt(EventIndex.Event::year).max().orElse(2000) + 1;
        double start = LocalDate.of(first, 1, 1).toEpochDay(), end = LocalDate.of(last, 1, 1).toEpochDay();
        double plot = WIDTH - LEFT - RIGHT;
        List<Lane> lanes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int lane = 0;
        for (var entry : labels.entrySet()) {
            String kind = entry.getValue();
            double y = TOP + lane * LANE + LANE / 2;
            lanes.add(new Lane(entry.getKey(), contents.kinds().getOrDefault(kind, new EventIndex.Kind(kind, Map.of())).labelLang(lang),
                    colours.of(kind), n(y), n(y + 4)));
            Map<Long, Integer> stacked = new LinkedHashMap<>();
            for (EventIndex.Event event : byKind.get(kind)) {
                double x = LEFT + (day(event.date()) - start) / (end - start) * plot;
                // Events a few pixels apart in one lane are stacked up and down instead of hiding each other.
                int k = stacked.merge(Math.round(x / 8), 1, Integer::sum) - 1;
                double dy = k == 0 ? 0 : (k % 2 == 1 ? -1 : 1) * 6.5 * ((k + 1) / 2);
                String label = event.label(lang).isEmpty() ? EventIndex.localName(event.iri()) : event.label(lang);
                marks.add(new Mark(n(x), n(y + Math.max(-LANE / 2 + 3, Math.min(LANE / 2 - 3, dy))), colours.of(kind),
                        language.href(base.href(event.iri())), language.date(event.date(), event.precision()) + ": " + label, event.labelLang(lang)));
            }
            lane++;
        }
        double axisY = TOP + lane * LANE + 4;
        int step = Math.max(1, (int) Math.ceil((last - first) / 15.0));
        List<Tick> ticks = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            double x = LEFT + (LocalDate.of(year, 1, 1).toEpochDay() - start) / (end - start) * plot;
            double next = LEFT + (LocalDate.of(year + 1, 1, 1).toEpochDay() - start) / (end - start) * plot;
            ticks.add(new Tick(n(x), n((x + next) / 2), Integer.toString(year), (year - first) % step == 0 && year < last));
        }
        return new Chart(lang, n(WIDTH), n(axisY + AXIS), n(LEFT), n(WIDTH - RIGHT), n(axisY), lanes, ticks, marks);
    }

    private static double day(String date) {
        try {
            return LocalDate.parse(date.substring(0, 10)).toEpochDay();
        } catch (RuntimeException ex) {
            return LocalDate.of(Integer.parseInt(date.substring(0, 4)), 1, 1).toEpochDay();
        }
    }

    private static String n(double value) {
        return MapProjection.number(value);
    }
}
