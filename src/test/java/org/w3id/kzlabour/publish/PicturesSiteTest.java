package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map, the timeline picture and the browse page through the real server on port 0, over the shipped data. */
class PicturesSiteTest {

    static SiteFixture site;

    @BeforeAll
    static void start() throws Exception {
        List<Path> files;
        try (Stream<Path> data = Files.list(Path.of("data"))) {
            files = Stream.concat(Stream.of(Path.of("ontology", "kz-labour.ttl")), data.filter(p -> p.toString().endsWith(".ttl")).sorted()).toList();
        }
        site = SiteFixture.start(PublicBase.DEFAULT, files, List.of());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String html(String path) throws Exception {
        return site.get(path, "Accept", "text/html").body();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    @Test
    void theMapPageDrawsTheCountryRegionsAndEventsWithoutAnyExternalResource() throws Exception {
        HttpResponse<String> map = site.get("/map");
        assertEquals(200, map.statusCode());
        String body = map.body();
        assertTrue(body.contains("class=\"outline\""), "country outline");
        assertEquals(17, count(body, "<path class=\"region"), "one path per region");
        assertTrue(count(body, "class=\"mark\"") >= 10, "event marks");
        assertTrue(body.contains("Natural Earth") && body.contains("Who's On First") || body.contains("Who&#39;s On First"), "attribution");
        assertFalse(Pattern.compile("(src|href)=\"https?://(?!creativecommons|github\\.com/whosonfirst)").matcher(body).find(),
                "no script, style or tile from elsewhere");
        assertTrue(body.contains("/static/map.js"));
        assertEquals(200, site.get("/static/map.js").statusCode());
    }

    @Test
    void theYearFilterWorksAsAPlainGetAndRefusesAMalformedYear() throws Exception {
        String all = site.get("/map").body();
        String year = site.get("/map?year=2011").body();
        assertEquals(count(all, "class=\"mark"), count(year, "class=\"mark"), "all marks drawn, the others hidden");
        assertTrue(count(year, "class=\"mark filtered-out\"") > 0);
        assertTrue(count(year, "class=\"mark\"") > 0);
        assertTrue(year.contains("<option value=\"2011\" selected>"), year.substring(year.indexOf("<select"), year.indexOf("</select>")));
        HttpResponse<String> bad = site.get("/map?year=20x1");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("four-digit year"), bad.body());
    }

    @Test
    void anEntityPageMapShowsItsPlaceAndAnEventPageItsPlacesRegion() throws Exception {
        String place = html("/id/place/zhetybai");
        assertTrue(place.contains("class=\"place current\""), "the place itself");
        assertTrue(place.contains("region highlighted"), "its region");
        assertTrue(place.contains("43.594° N"), "its coordinates in the caption");
        String event = html("/id/event/atyrau-branch-registration-denial-2021-09");
        assertTrue(event.contains("region highlighted"), "a region without coordinates is highlighted");
        String russian = html("/id/place/zhetybai?lang=ru");
        assertTrue(russian.contains("Регионы: Who") && russian.contains("43,594° с. ш."), "the map's text in Russian");
    }

    @Test
    void theLandingPageHasTheTimelinePictureAboveTheList() throws Exception {
        String landing = html("/");
        int chart = landing.indexOf("<figure class=\"timeline-chart\">"), list = landing.indexOf("<ol class=\"timeline\">");
        assertTrue(chart > 0 && chart < list, "picture above the list");
        String svg = landing.substring(chart, landing.indexOf("</figure>", chart));
        String ol = landing.substring(list, landing.indexOf("</ol>", list));
        assertEquals(count(ol, "<li>"), count(svg, "class=\"mark\""), "one mark per dated event");
        assertTrue(count(svg, "class=\"year\"") >= 10, "labelled years");
    }

    @Test
    void theBrowsePageCountsAndFiltersByPlainGetAddresses() throws Exception {
        String all = site.get("/browse").body();
        for (String facet : List.of("type", "year", "region", "sourceKind"))
            assertTrue(all.contains("data-facet=\"" + facet + "\""), facet);
        int everything = count(all.substring(all.indexOf("<ol class=\"browse-results\">")), "<li>");
        String year = site.get("/browse?year=2023").body();
        int in2023 = count(year.substring(year.indexOf("<ol class=\"browse-results\">")), "<li>");
        assertTrue(in2023 > 0 && in2023 < everything, in2023 + " of " + everything);
        Matcher yearCount = Pattern.compile("data-value=\"2023\"><a href=\"[^\"]*\">2023</a> <span class=\"count\">(\\d+)</span>").matcher(all);
        assertTrue(yearCount.find());
        assertEquals(in2023, Integer.parseInt(yearCount.group(1)), "the year's count is the number of events it lists");
        assertTrue(year.contains("class=\"selected\" data-value=\"2023\""));
        String both = site.get("/browse?year=2023&region=mangystau-region").body();
        assertTrue(count(both.substring(both.indexOf("<ol class=\"browse-results\">")), "<li>") <= in2023);
        assertTrue(site.get("/browse?region=wof-85672937").body().contains("class=\"muted note\""), "says the region is by coordinates");
        assertEquals(400, site.get("/browse?type=NoSuchKind").statusCode());
        assertEquals(400, site.get("/browse?year=abcd").statusCode());
        assertEquals(200, site.get("/browse?lang=kk").statusCode());
    }
}
