package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The map of events, an entity page's map, the landing page's timeline picture and the browse page
 * in headless Debian Chromium, over the shipped ontology and data: checks that the pictures draw
 * (the outline has a real size, every place lies inside it, the timeline has one mark per dated
 * event, the year filter hides marks) and takes a screenshot of each into target/screenshots;
 * {@code -Dkg.docs.screenshots=true} also copies them to docs/screenshots. Skipped without
 * Chromium, except under CI=true.
 */
class PicturesBrowserTest {

    static SiteFixture site;
    static HeadlessChromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.open(1280, 1000);
        browser = chromium.driver();
        List<Path> files;
        try (Stream<Path> data = Files.list(Path.of("data"))) {
            files = Stream.concat(Stream.of(Path.of("ontology", "kz-labour.ttl")), data.filter(p -> p.toString().endsWith(".ttl")).sorted()).toList();
        }
        site = SiteFixture.start(PublicBase.DEFAULT, files, List.of());
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null)
            chromium.close();
        if (site != null)
            site.close();
    }

    static void screenshot(String name) throws IOException {
        chromium.screenshot(name, Path.of("docs", "screenshots"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The rendered bounding box of an SVG element in its own coordinates: x, y, width, height. */
    @SuppressWarnings("unchecked")
    private static double[] box(WebElement element) {
        Map<String, Object> b = (Map<String, Object>) js("var b = arguments[0].getBBox(); return {x: b.x, y: b.y, w: b.width, h: b.height};", element);
        return new double[] {num(b.get("x")), num(b.get("y")), num(b.get("w")), num(b.get("h"))};
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Checks the map in {@code figure} draws: an outline of real size, regions, every place inside the outline's box. */
    private static double[] checkMapDraws(WebElement figure) {
        WebElement outline = figure.findElement(By.cssSelector("path.outline"));
        double[] country = box(outline);
        assertTrue(country[2] > 400 && country[3] > 150, "outline drawn at a real size: " + java.util.Arrays.toString(country));
        assertEquals(17, figure.findElements(By.cssSelector("path.region")).size(), "regions drawn");
        List<WebElement> places = figure.findElements(By.cssSelector("circle.place"));
        assertTrue(!places.isEmpty(), "places drawn");
        for (WebElement place : places) {
            double[] p = box(place);
            double cx = p[0] + p[2] / 2, cy = p[1] + p[3] / 2;
            assertTrue(cx >= country[0] && cx <= country[0] + country[2] && cy >= country[1] && cy <= country[1] + country[3],
                    "place inside the outline's box: " + cx + "," + cy);
        }
        assertTrue(figure.findElement(By.tagName("figcaption")).getText().contains("Natural Earth"), "attribution under the map");
        return country;
    }

    @Test
    void theMapOfEventsDrawsAndItsYearFilterHidesTheOtherYears() throws IOException {
        browser.get(site.root + "/map");
        WebElement figure = browser.findElement(By.cssSelector("figure.map"));
        checkMapDraws(figure);
        List<WebElement> marks = figure.findElements(By.cssSelector("a.mark"));
        assertTrue(marks.size() >= 10, "event marks: " + marks.size());
        long shownBefore = marks.stream().filter(WebElement::isDisplayed).count();
        assertEquals(marks.size(), shownBefore, "all years shown at first");
        assertTrue(browser.findElements(By.cssSelector("ul.legend li")).size() >= 3, "legend");
        screenshot("map.png");

        new Select(browser.findElement(By.id("year"))).selectByValue("2011");
        long shownAfter = figure.findElements(By.cssSelector("a.mark")).stream().filter(WebElement::isDisplayed).count();
        assertTrue(shownAfter > 0 && shownAfter < shownBefore, shownAfter + " of " + shownBefore);
        assertTrue(browser.getCurrentUrl().endsWith("/map?year=2011"), browser.getCurrentUrl());
        browser.navigate().refresh();
        long afterReload = browser.findElements(By.cssSelector("figure.map a.mark")).stream().filter(WebElement::isDisplayed).count();
        assertEquals(shownAfter, afterReload, "the server applies the same filter to the address");
        screenshot("map-2011.png");
    }

    @Test
    void anEntityPageMapShowsThePlaceInsideKazakhstan() throws IOException {
        browser.get(site.root + "/id/place/zhanaozen");
        WebElement figure = browser.findElement(By.cssSelector("figure.map"));
        double[] country = checkMapDraws(figure);
        WebElement here = figure.findElement(By.cssSelector("circle.place.current"));
        double[] p = box(here);
        assertTrue(p[0] - country[0] < country[2] / 4, "Zhanaozen lies in the west of the country");
        assertEquals(1, figure.findElements(By.cssSelector("path.region.highlighted")).size(), "its region highlighted");
        js("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -40);", figure);
        screenshot("entity-map.png");
    }

    @Test
    void theLandingTimelineHasOneMarkPerDatedEventOnALabelledAxis() throws IOException {
        browser.get(site.root + "/");
        WebElement chart = browser.findElement(By.cssSelector("figure.timeline-chart"));
        List<WebElement> marks = chart.findElements(By.cssSelector("a.mark circle"));
        int listed = browser.findElements(By.cssSelector("ol.timeline li")).size();
        assertTrue(listed > 10);
        assertEquals(listed, marks.size(), "one mark per dated event");
        double[] svg = box(chart.findElement(By.cssSelector("g.axis")));
        for (WebElement mark : marks) {
            double[] m = box(mark);
            assertTrue(m[0] >= svg[0] - 6 && m[0] + m[2] <= svg[0] + svg[2] + 6, "mark on the axis's span");
        }
        assertTrue(chart.findElements(By.cssSelector("text.year")).size() >= 10, "labelled years");
        assertTrue(chart.findElements(By.cssSelector("g.lanes text")).size() >= 3, "lanes by kind of event");
        js("document.getElementById('timeline').scrollIntoView({block: 'start'}); window.scrollBy(0, -20);");
        screenshot("timeline.png");
    }

    @Test
    void theBrowsePageFiltersByAFacetAndRecountsTheOthers() throws IOException {
        browser.get(site.root + "/browse");
        assertEquals(4, browser.findElements(By.cssSelector("section.facet")).size());
        int all = browser.findElements(By.cssSelector("ol.browse-results li")).size();
        WebElement year = browser.findElement(By.cssSelector("section[data-facet=year] li[data-value='2023']"));
        int expected = Integer.parseInt(year.findElement(By.className("count")).getText());
        year.findElement(By.tagName("a")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/browse?year=2023"), browser.getCurrentUrl());
        int now = browser.findElements(By.cssSelector("ol.browse-results li")).size();
        assertEquals(expected, now, "the count said how many events the choice lists");
        assertTrue(now < all);
        int typesTotal = browser.findElements(By.cssSelector("section[data-facet=type] .count")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText())).sum();
        assertTrue(typesTotal >= now, "type counts recomputed over the year's events");
        screenshot("browse.png");
    }
}
