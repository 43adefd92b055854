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
    public record Area(String d, String name, boolean highlighted, String labelX, String labelY) {}

    /** A place: position, label, link (null for the page itself), whether it is the page's place, label position. */
    public record Point(String cx, String cy, String label, String href, boolean current, String textX, String textY) {}

    /** An event around its place's point: position, colour, title, link, year (0 if undated), kind key, whether the year filter shows it. */
    public record Mark(String cx, String cy, String colour, String title, String href, int year, String kind, boolean shown) {}

    /** The whole picture, with the page language for its text. */
    public record Picture(String lang, String width, String height, String countryPath, String countryBox, List<Area> regions,
                          List<Point> points, List<Mark> marks, String caption) {}

    /** A place to draw and the events to ring around it (empty on entity pages). */
    public record PlaceEvents(EventIndex.Place place, String href, boolean current, List<EventMark> events) {}

    /** An event to draw: colour, title, link, year, kind key. */
    public record EventMark(String colour, String title, String href, int year, String kind, boolean shown) {}

    /**
     * Draws the map.
     *
     * @param highlighted the Who's On First ids of the regions to highlight
     * @param caption     the figure's caption, already in the page language
     */
    public static Picture draw(CountryMap map, String lang, Collection<PlaceEvents> places, Set<Long> highlighted, String caption) {
        double[] box = CountryMap.bounds(map.country());
        MapProjection projection = MapProjection.fit(box, WIDTH, MARGIN);
        List<Area> areas = new ArrayList<>();
        for (CountryMap.Region region : map.regions()) {
            boolean on = highlighted.contains(region.wof());
            areas.add(new Area(projection.path(region.rings()), region.name(lang), on,
                    MapProjection.number(projection.x(region.labelLon())), MapProjection.number(projection.y(region.labelLat()) + 16)));
        }
        List<Point> points = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (PlaceEvents entry : places) {
            EventIndex.Place place = entry.place();
            if (!place.hasPoint() || place.lon() < box[0] || place.lon() > box[2] || place.lat() < box[1] || place.lat() > box[3])
                continue;
            double x = projection.x(place.lon()), y = projection.y(place.lat());
            points.add(new Point(MapProjection.number(x), MapProjection.number(y), place.label(lang), entry.href(), entry.current(),
                    MapProjection.number(x + (entry.current() ? 10 : 7)), MapProjection.number(y - (entry.current() ? 8 : 6))));
            for (int i = 0; i < entry.events().size(); i++) {
                // A sunflower around the point: each event its own mark, none hiding another.
                double radius = 8 + 4.2 * Math.sqrt(i), angle = i * GOLDEN_ANGLE;
                EventMark event = entry.events().get(i);
                marks.add(new Mark(MapProjection.number(x + radius * Math.cos(angle)), MapProjection.number(y + radius * Math.sin(angle)),
                        event.colour(), event.title(), event.href(), event.year(), event.kind(), event.shown()));
            }
        }
        String countryBox = MapProjection.number(projection.x(box[0])) + " " + MapProjection.number(projection.y(box[3])) + " "
                + MapProjection.number(projection.x(box[2])) + " " + MapProjection.number(projection.y(box[1]));
        return new Picture(lang, MapProjection.number(projection.width()), MapProjection.number(projection.height()),
                projection.path(map.country()), countryBox, areas, points, marks, caption);
    }

    /** Whether a place can be drawn on the map (it has a point inside the country's box). */
    public static boolean drawable(CountryMap map, EventIndex.Place place) {
        double[] box = CountryMap.bounds(map.country());
        return place.hasPoint() && place.lon() >= box[0] && place.lon() <= box[2] && place.lat() >= box[1] && place.lat() <= box[3];
    }
}
