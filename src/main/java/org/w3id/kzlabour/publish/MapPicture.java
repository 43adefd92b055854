package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The model of {@code parts/map.jte}: Kazakhstan's outline, its regions, places as labelled points
 * and, on the map of all events, one coloured mark per event around its place's point. Projected
 * on the server ({@link MapProjection}), so the map is plain SVG that draws without a script, a
 * tile server or any network access.
 */
public final class MapPicture {

    /** Width of the drawing in SVG pixels. */
    static final double WIDTH = 760;
    private static final double MARGIN = 14;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private MapPicture() {}

    /** A region's shape: path, name, whether it is highlighted (the page's region), where its name goes if highlighted. */
    public record Area(String d, String name, boolean highlighted, String labelX, String labelY, boolean labelled) {}

    /** A place: position, label, link (null for the page itself), whether it is the page's place, label position. */
    public record Point(String cx, String cy, String label, String lang, String href, boolean current, String textX, String textY, String anchor) {}

    /** An event around its place's point: position, colour, title, link, year (0 if undated), kind key, whether the year filter shows it. */
    public record Mark(String cx, String cy, String colour, String title, String lang, String href, int year, String kind, boolean shown) {}

    /** The whole picture, with the page language for its text. */
    public record Picture(String lang, String width, String height, String countryPath, String countryBox, List<Area> regions,
                          List<Point> points, List<Mark> marks, String caption) {}

    /** A place to draw and the events to ring around it (empty on entity pages). */
    public record PlaceEvents(EventIndex.Place place, String href, boolean current, List<EventMark> events) {}

    /** An event to draw: colour, title, link, year, kind key. */
    public record EventMark(String colour, String title, String lang, String href, int year, String kind, boolean shown) {}

    /**
     * Draws the map.
     *
     * @param highlighted the Who's On First ids of the regions to highlight
     * @param caption     the figure's caption, already in the page language
     */
    public static Picture draw(CountryMap map, String lang, Collection<PlaceEvents> places, Set<Long> highlighted, String caption) {
        double[] box = CountryMap.bounds(map.country());
        MapProjection projection = MapProjection.fit(box, WIDTH, MARGIN);
        List<PlaceEvents> ordered = new ArrayList<>(places);
        ordered.sort((a, b) -> Boolean.compare(b.current(), a.current()));   // the page's own place gets its label placed first
        List<double[]> taken = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (PlaceEvents entry : ordered) {
            EventIndex.Place place = entry.place();
            if (!place.hasPoint() || place.lon() < box[0] || place.lon() > box[2] || place.lat() < box[1] || place.lat() > box[3])
                continue;
            double x = projection.x(place.lon()), y = projection.y(place.lat());
            taken.add(new double[] {x - 6, y - 6, x + 6, y + 6});
        }
        for (PlaceEvents entry : ordered) {
            EventIndex.Place place = entry.place();
            if (!place.hasPoint() || place.lon() < box[0] || place.lon() > box[2] || place.lat() < box[1] || place.lat() > box[3])
                continue;
            double x = projection.x(place.lon()), y = projection.y(place.lat());
            double size = entry.current() ? 13 : 11;
            double[] spot = placeLabel(taken, x, y, place.label(lang), size, entry.events().isEmpty() ? 8 : 8 + 4.2 * Math.sqrt(entry.events().size()));
            points.add(new Point(MapProjection.number(x), MapProjection.number(y), place.label(lang), place.labelLang(lang), entry.href(), entry.current(),
                    MapProjection.number(spot[0]), MapProjection.number(spot[1]), spot[2] < 0 ? "end" : "start"));
            for (int i = 0; i < entry.events().size(); i++) {
                // A sunflower around the point: each event its own mark, none hiding another.
                double radius = 8 + 4.2 * Math.sqrt(i), angle = i * GOLDEN_ANGLE;
                EventMark event = entry.events().get(i);
                marks.add(new Mark(MapProjection.number(x + radius * Math.cos(angle)), MapProjection.number(y + radius * Math.sin(angle)),
                        event.colour(), event.title(), event.lang(), event.href(), event.year(), event.kind(), event.shown()));
            }
        }
        List<Area> areas = new ArrayList<>();
        for (CountryMap.Region region : map.regions()) {
            boolean on = highlighted.contains(region.wof());
            double x = projection.x(region.labelLon()), y = projection.y(region.labelLat()) + 4;
            double half = region.name(lang).length() * 12 * 0.3;
            boolean free = on && taken.stream().noneMatch(r -> overlaps(r, new double[] {x - half, y - 12, x + half, y + 2}));
            areas.add(new Area(projection.path(region.rings()), region.name(lang), on, MapProjection.number(x), MapProjection.number(y), free));
        }
        String countryBox = MapProjection.number(projection.x(box[0])) + " " + MapProjection.number(projection.y(box[3])) + " "
                + MapProjection.number(projection.x(box[2])) + " " + MapProjection.number(projection.y(box[1]));
        return new Picture(lang, MapProjection.number(projection.width()), MapProjection.number(projection.height()),
                projection.path(map.country()), countryBox, areas, points, marks, caption);
    }

    /**
     * Where a label goes: right of the point, else below-right, above-right, left, below-left or
     * above-left, the first spot that overlaps no label or point placed before; x, y, and the
     * side (-1 for a label that ends at x). Taken spots are added to {@code taken}.
     */
    static double[] placeLabel(List<double[]> taken, double x, double y, String text, double size, double gap) {
        double width = text.length() * size * 0.6, height = size;
        double[][] candidates = {{x + gap, y + size / 3, 1}, {x + gap * 0.7, y + gap + size * 0.8, 1}, {x + gap * 0.7, y - gap, 1},
                                 {x - gap, y + size / 3, -1}, {x - gap * 0.7, y + gap + size * 0.8, -1}, {x - gap * 0.7, y - gap, -1}};
        for (double[] c : candidates) {
            double[] rect = c[2] > 0 ? new double[] {c[0], c[1] - height, c[0] + width, c[1] + 2} : new double[] {c[0] - width, c[1] - height, c[0], c[1] + 2};
            if (taken.stream().noneMatch(r -> overlaps(r, rect) && !(r[0] <= x && x <= r[2] && r[1] <= y && y <= r[3] && r[2] - r[0] < 13))) {
                taken.add(rect);
                return c;
            }
        }
        double[] c = candidates[0];
        taken.add(new double[] {c[0], c[1] - height, c[0] + width, c[1] + 2});
        return c;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** Whether a place can be drawn on the map (it has a point inside the country's box). */
    public static boolean drawable(CountryMap map, EventIndex.Place place) {
        double[] box = CountryMap.bounds(map.country());
        return place.hasPoint() && place.lon() >= box[0] && place.lon() <= box[2] && place.lat() >= box[1] && place.lat() <= box[3];
    }
}
