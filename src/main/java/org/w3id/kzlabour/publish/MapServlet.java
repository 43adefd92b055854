package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.kzlabour.server.HttpError;

/**
 * {@code /map}: every event of the graph on the map of Kazakhstan, one mark per event around its
 * place, coloured by kind of event, with a legend, a year filter ({@code ?year=}, a plain GET form
 * that a small local script applies without reloading) and the events listed per place below.
 */
public final class MapServlet extends PublishedServlet {

    private final PublicBase base;
    private final EventIndex atlas;

    public MapServlet(PublicBase base, EventIndex atlas) {
        this.base = base;
        this.atlas = atlas;
    }

    /** An entry of the legend: the kind's label, colour and key. */
    public record LegendEntry(String label, String lang, String colour, String key) {}

    /** A year to choose. */
    public record YearOption(int year, boolean selected) {}

    /** An event in a list: date as written (empty if undated), link, label, year, kind key. */
    public record EventLink(String when, String href, String text, String lang, int year, String kind, boolean shown) {}

    /** The events at one place. */
    public record PlaceGroup(String label, String lang, String href, List<EventLink> events) {
        public boolean shown() {
            return events.stream().anyMatch(EventLink::shown);
        }
    }

    /** The model of {@code map.jte}; {@code year} 0 for all years (events of other years are drawn hidden, for the script to show). */
    public record Page(PageLanguage language, MapPicture.Picture map, List<LegendEntry> legend, List<YearOption> years, int year,
                       List<PlaceGroup> places, List<EventLink> elsewhere) {}

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo()))
            throw new UnknownResourceException("No such page");
        PageLanguage language = PageLanguage.of(request, params);
        int year = year(param(params, "year"));
        language.vary(response, "");
        sendHtml(request, response, PageTemplates.render("map.jte", page(language, year)));
    }

    /** The year asked for, or 0 for all years; anything but a four-digit year is a 400. */
    static int year(String value) {
        if (value == null || value.isBlank())
            return 0;
        if (!value.strip().matches("[0-9]{4}"))
            throw new HttpError(400, "The year parameter must be a four-digit year");
        return Integer.parseInt(value.strip());
    }

    Page page(PageLanguage language, int year) {
        String lang = language.code();
        EventIndex.Contents contents = atlas.get();
        CountryMap map = CountryMap.shipped();
        KindColours colours = new KindColours(contents.kinds());
        Map<String, MapPicture.PlaceEvents> drawn = new LinkedHashMap<>();
        Map<String, List<EventLink>> lists = new LinkedHashMap<>();
        List<EventLink> elsewhere = new ArrayList<>();
        Set<String> usedKinds = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        for (EventIndex.Event event : contents.events()) {
            if (event.year() != 0)
                years.add(event.year());
            boolean shown = year == 0 || event.year() == year;
            String kind = event.primaryKind();
            String text = event.label(lang).isEmpty() ? EventIndex.localName(event.iri()) : event.label(lang);
            String when = event.date() == null ? "" : language.date(event.date(), event.precision());
            EventLink link = new EventLink(when, language.href(base.href(event.iri())), text, event.labelLang(lang), event.year(), EventIndex.localName(kind), shown);
            boolean onMap = false;
            for (String placeIri : event.places()) {
                EventIndex.Place place = contents.places().get(placeIri);
                if (place == null || !MapPicture.drawable(map, place))
                    continue;
                String key = place.lat() + "," + place.lon();
                MapPicture.PlaceEvents group = drawn.computeIfAbsent(key, k -> new MapPicture.PlaceEvents(place, language.href(base.href(place.iri())), false, new ArrayList<>()));
                group.events().add(new MapPicture.EventMark(colours.of(kind), when.isEmpty() ? text : when + ": " + text, link.lang(), link.href(), event.year(), link.kind(), shown));
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
                usedKinds.add(kind);
                onMap = true;
            }
            if (!onMap)
                elsewhere.add(link);
        }
        List<PlaceGroup> places = new ArrayList<>();
        drawn.forEach((key, group) -> places.add(new PlaceGroup(group.place().label(lang), group.place().labelLang(lang), group.href(), lists.get(key))));
        List<LegendEntry> legend = usedKinds.stream()
                .map(k -> contents.kinds().getOrDefault(k, new EventIndex.Kind(k, Map.of())))
                .map(k -> new LegendEntry(k.label(lang), k.labelLang(lang), colours.of(k.iri()), EventIndex.localName(k.iri())))
                .toList();
        List<YearOption> options = years.stream().map(y -> new YearOption(y, y == year)).toList();
        MapPicture.Picture picture = MapPicture.draw(map, lang, drawn.values(), Set.of(), language.text("map.caption.all"));
        return new Page(language, picture, legend, options, year, places, elsewhere);
    }
}
