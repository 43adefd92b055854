package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.kzlabour.server.HttpError;

/**
 * {@code /browse}: the graph's events by kind of event, year, region and kind of source, each
 * facet with its counts, without writing SPARQL. Choosing a value filters the others (their counts
 * are recomputed over the matching events, see {@link EventFacets}); every state is a plain GET
 * address ({@code ?type=&year=&region=&sourceKind=}) that can be bookmarked or linked.
 */
public final class BrowseServlet extends PublishedServlet {

    private final PublicBase base;
    private final EventIndex atlas;

    public BrowseServlet(PublicBase base, EventIndex atlas) {
        this.base = base;
        this.atlas = atlas;
    }

    /** A value of a facet: label, count, whether chosen, the address that chooses (or, if chosen, drops) it, the value itself. */
    public record FacetValue(String label, String lang, long count, boolean selected, String href, String value) {}

    /** A facet: its parameter, heading, values, the address without it (null when nothing is chosen in it). */
    public record FacetView(String param, String heading, List<FacetValue> values, String clearHref) {}

    /** An event found: date as written (empty if undated), link, label. */
    public record EventLink(String when, String href, String text, String lang) {}

    /** The model of {@code browse.jte}. */
    public record Page(PageLanguage language, List<FacetView> facets, List<EventLink> events, int total, boolean filtered,
                       String clearAllHref, boolean regionsByLocation) {}

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo()))
            throw new UnknownResourceException("No such page");
        PageLanguage language = PageLanguage.of(request, params);
        EventIndex.Contents contents = atlas.get();
        Map<EventFacets.Facet, String> selection = selection(params, contents);
        language.vary(response, "");
        sendHtml(request, response, PageTemplates.render("browse.jte", page(contents, selection, language)));
    }

    /** The chosen values; a value the graph does not have is a 400 naming the parameter. */
    static Map<EventFacets.Facet, String> selection(Map<String, List<String>> params, EventIndex.Contents contents) {
        Map<EventFacets.Facet, String> selection = new EnumMap<>(EventFacets.Facet.class);
        for (EventFacets.Facet facet : EventFacets.Facet.values()) {
            String given = param(params, facet.param());
            if (given == null || given.isBlank())
                continue;
            String value = given.strip();
            boolean known = switch (facet) {
                case TYPE -> contents.kinds().keySet().stream().anyMatch(k -> EventIndex.localName(k).equals(value));
                case YEAR -> value.matches("[0-9]{4}");
                case REGION -> contents.regions().containsKey(value);
                case SOURCE_KIND -> contents.sourceKinds().keySet().stream().anyMatch(k -> EventIndex.localName(k).equals(value));
            };
            if (!known)
                throw new HttpError(400, "Unknown value for the " + facet.param() + " parameter");
            selection.put(facet, value);
        }
        return selection;
    }

    Page page(EventIndex.Contents contents, Map<EventFacets.Facet, String> selection, PageLanguage language) {
        String lang = language.code();
        boolean explicitLang = language.explicit();
        Map<EventFacets.Facet, Map<String, Long>> counts = EventFacets.counts(contents.events(), selection);
        List<FacetView> facets = new ArrayList<>();
        boolean byLocation = false;
        for (EventFacets.Facet facet : EventFacets.Facet.values()) {
            Map<String, Long> byValue = new LinkedHashMap<>(counts.get(facet));
            String chosen = selection.get(facet);
            if (chosen != null)
                byValue.putIfAbsent(chosen, 0L);
            List<FacetValue> values = new ArrayList<>();
            for (var entry : byValue.entrySet()) {
                String value = entry.getKey();
                boolean selected = value.equals(chosen);
                Map<EventFacets.Facet, String> next = new EnumMap<>(selection);
                if (selected)
                    next.remove(facet);
                else
                    next.put(facet, value);
                String label = label(contents, facet, value, lang);
                if (facet == EventFacets.Facet.REGION && contents.regions().get(value).byLocation()) {
                    label = label + " *";
                    byLocation = true;
                }
                values.add(new FacetValue(label, labelLang(contents, facet, value, lang), entry.getValue(), selected, href(next, lang, explicitLang), value));
            }
            if (facet != EventFacets.Facet.YEAR)
                values.sort(Comparator.comparing(FacetValue::label, String.CASE_INSENSITIVE_ORDER));
            Map<EventFacets.Facet, String> without = new EnumMap<>(selection);
            without.remove(facet);
            facets.add(new FacetView(facet.param(), language.text("browse.facet." + facet.param()), values,
                    chosen == null ? null : href(without, lang, explicitLang)));
        }
        List<EventLink> events = EventFacets.matching(contents.events(), selection).stream()
                .map(e -> new EventLink(e.date() == null ? "" : language.date(e.date(), e.precision()), language.href(base.href(e.iri())),
                        e.label(lang).isEmpty() ? EventIndex.localName(e.iri()) : e.label(lang), e.labelLang(lang)))
                .toList();
        return new Page(language, facets, events, events.size(), !selection.isEmpty(), href(Map.of(), lang, explicitLang), byLocation);
    }

    private static String label(EventIndex.Contents contents, EventFacets.Facet facet, String value, String lang) {
        return switch (facet) {
            case TYPE -> kindLabel(contents.kinds(), value, lang);
            case YEAR -> value;
            case REGION -> contents.regions().get(value).label(lang);
            case SOURCE_KIND -> kindLabel(contents.sourceKinds(), value, lang);
        };
    }

    /** The language of a facet value's label when it is not the page's (null when it is, or for a year). */
    private static String labelLang(EventIndex.Contents contents, EventFacets.Facet facet, String value, String lang) {
        return switch (facet) {
            case TYPE -> kindLabelLang(contents.kinds(), value, lang);
            case YEAR -> null;
            case REGION -> contents.regions().get(value).labelLang(lang);
            case SOURCE_KIND -> kindLabelLang(contents.sourceKinds(), value, lang);
        };
    }

    private static String kindLabelLang(Map<String, EventIndex.Kind> kinds, String localName, String lang) {
        return kinds.values().stream().filter(k -> EventIndex.localName(k.iri()).equals(localName)).findFirst()
                .map(k -> k.labelLang(lang)).orElse("en");
    }

    private static String kindLabel(Map<String, EventIndex.Kind> kinds, String localName, String lang) {
        return kinds.values().stream().filter(k -> EventIndex.localName(k.iri()).equals(localName)).findFirst()
                .map(k -> k.label(lang)).orElse(localName);
    }

    /** The browse address of a selection, parameters in facet order. */
    static String href(Map<EventFacets.Facet, String> selection, String lang, boolean explicitLang) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (EventFacets.Facet facet : EventFacets.Facet.values())
            if (selection.containsKey(facet))
                query.add(facet.param() + "=" + URLEncoder.encode(selection.get(facet), StandardCharsets.UTF_8));
        if (explicitLang)
            query.add("lang=" + lang);
        return "/browse" + query;
    }
}
