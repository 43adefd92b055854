package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3id.kzlabour.search.SearchHit;
import org.w3id.kzlabour.search.SearchIndex;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.store.ServedStore;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The site in a real browser: headless Debian Chromium ({@code apt-get install chromium chromium-driver})
 * through {@code /usr/bin/chromedriver}; nothing downloads a browser. Skipped when Chromium is
 * missing, except under CI=true, where that is a failure.
 *
 * <p>Serves the shipped graph when the build has one (else the test fixture); {@code -Dkg.site.data=FILE:FILE}
 * serves other files. Screenshots go to target/screenshots; {@code -Dkg.docs.screenshots=true}
 * also copies the entity page and the query editor into docs/ for the README.
 */
class BrowserTest {

    static KgServer server;
    static SearchIndex search;
    static HeadlessChromium chromium;
    static ChromeDriver browser;
    static String root;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.open(1400, 1000);
        browser = chromium.driver();
        ServedStore store;
        String data = System.getProperty("kg.site.data");
        boolean shipped = !ShippedGraph.files().isEmpty();
        if (data != null && !data.isBlank())
            store = ServedStore.files(Arrays.stream(data.split(File.pathSeparator)).map(Path::of).toList());
        else if (shipped)
            store = ServedStore.shipped();
        else
            store = ServedStore.files(List.of(SiteFixture.resource("fixture.ttl")));
        List<ExampleQueries.Example> examples = ExampleQueries.shipped();
        if (examples.isEmpty())
            examples = ExampleQueries.read(SiteFixture.resource("examples"));
        byte[] ontology = LinkedDataSite.shippedOntology();
        if (ontology == null)
            ontology = Files.readAllBytes(SiteFixture.resource("ontology.ttl"));
        search = SearchIndex.inMemory(store.dataset(), store.transactional());
        KgServer.Builder builder = KgServer.builder().host("127.0.0.1").port(0)
                .runner(new QueryRunner(search.dataset(), store.transactional(), ServicePolicy.refuseAll()))
                .settings(EndpointSettings.defaults())
                .route("/search", new SearchServlet(search, PublicBase.standard()));
        LinkedDataSite.install(builder, new GraphReader(store.dataset(), store.transactional(), 30_000), PublicBase.standard(), ontology, examples);
        server = builder.build().start();
        root = "http://127.0.0.1:" + server.port();

    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null)
            chromium.close();
        if (server != null)
            server.stop();
        if (search != null)
            search.close();
    }

    static void screenshot(String name) throws IOException {
        chromium.screenshot(name, Path.of("docs"));
    }

    @Test
    void landingPageThenExampleQueryThenResultLinkThenEvidence() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(root + "/");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("labour-rights"));
        assertFalse(browser.findElements(By.cssSelector("#count-events b")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("ol.timeline li")).isEmpty(), "timeline of events");
        screenshot("landing.png");

        browser.findElement(By.linkText("Query editor")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.example")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        browser.findElements(By.cssSelector("button.example")).get(0).click();
        WebElement firstRow = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr table tbody tr")));
        assertFalse(firstRow.getText().isBlank(), "results table has rows");
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table a.iri.local[href^='/id/']")));
        screenshot("query-ui.png");

        String href = link.getAttribute("href");
        // The table's ellipsis tooltips may overlay the cell; a script click is the same click event on the link.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", link);
        wait.until(ExpectedConditions.urlContains("/id/"));
        WebElement evidence = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertTrue(browser.getCurrentUrl().startsWith(root + "/id/"), "followed to a local entity page: " + href);
        assertTrue(evidence.getText().startsWith("Evidence"), evidence.getText());
        assertFalse(browser.findElements(By.cssSelector("#evidence .claim blockquote.quote")).isEmpty(), "claims with quoted sentences");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('evidence').scrollIntoView({block: 'start'}); window.scrollBy(0, -120);");
        screenshot("entity-page.png");
    }

    @Test
    void languageSwitchChangesThePageAndTheChoiceStaysWhileFollowingLinks() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(root + "/");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("nav.languages a[lang=ru]")).click();
        wait.until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals(Messages.text("ru", "site.name"), browser.findElement(By.tagName("h1")).getText());
        assertEquals(Messages.text("ru", "landing.timeline"), browser.findElement(By.id("timeline")).getText());

        browser.findElement(By.linkText(Messages.text("ru", "nav.ontology"))).click();
        wait.until(ExpectedConditions.urlContains("/ontology"));
        assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"), browser.getCurrentUrl());
        assertEquals(Messages.text("ru", "ontology.section.classes"), browser.findElement(By.id("section-classes")).getText());

        browser.findElement(By.cssSelector("header.site a.home")).click();
        wait.until(ExpectedConditions.urlToBe(root + "/?lang=ru"));
        WebElement source = browser.findElement(By.cssSelector("ul.sources a"));
        source.click();
        wait.until(ExpectedConditions.urlContains("/id/"));
        WebElement evidence = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"), browser.getCurrentUrl());
        assertTrue(evidence.getText().startsWith("Свидетельства"), evidence.getText());
        screenshot("entity-page-ru.png");

        WebElement box = browser.findElement(By.cssSelector("header.site form.search input[name=q]"));
        box.sendKeys("Жанаозен");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search?"));
        assertEquals(Messages.text("ru", "search.heading"), browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector("nav.languages a[lang=kk]")).click();
        wait.until(d -> "kk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.getCurrentUrl().contains("q=") && browser.getCurrentUrl().contains("lang=kk"), browser.getCurrentUrl());
        assertEquals(Messages.text("kk", "search.heading"), browser.findElement(By.tagName("h1")).getText());
        screenshot("search-kk.png");
    }

    @Test
    void searchBoxInTheHeaderThenResultThenEntityPage() throws IOException {
        List<SearchHit> expected = search.search("Жанаозен", java.util.Set.of(), 1);
        Assumptions.assumeFalse(expected.isEmpty(), "the served graph has no Zhanaozen");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(root + "/ontology");
        WebElement box = browser.findElement(By.cssSelector("header.site form.search input[name=q]"));
        box.sendKeys("Жанаозен");
        box.submit();
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.search-results li.hit a")));
        assertTrue(browser.getCurrentUrl().startsWith(root + "/search?q="), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("ol.search-results li.hit .match")).isDisplayed());
        screenshot("search.png");
        first.click();
        wait.until(ExpectedConditions.urlContains("/id/"));
        assertTrue(browser.getCurrentUrl().equals(root + PublicBase.standard().href(expected.get(0).iri())), browser.getCurrentUrl());
    }

    @Test
    void shareLinkCarriesQueryAndReleaseAndAnOlderReleaseLinkSaysSo() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        String query = "SELECT ?s WHERE { ?s a ?type } LIMIT 3 # Жаңаөзен & 100%";
        browser.get(root + "/query");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        js.executeScript("window.kgYasgui.getTab().getYasqe().setValue(arguments[0]);", query);
        browser.findElement(By.id("share-link")).click();
        WebElement shareUrl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
        String link = shareUrl.getAttribute("value");
        String release = Release.current().version();
        assertTrue(link.startsWith(root + "/query?release=" + release + "#query="), link);
        assertTrue(browser.findElements(By.cssSelector(".release-notice")).isEmpty(), "no notice on the current release");
        browser.findElement(By.cssSelector(".yasqe_share")).click();
        WebElement yasguiShare = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe_sharePopup input")));
        assertTrue(yasguiShare.getAttribute("value").equals(link), "YASGUI's own share button gives the same link: " + yasguiShare.getAttribute("value"));

        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        wait.until(d -> query.equals(js.executeScript("return window.kgYasgui.getTab().getYasqe().getValue();")));
        assertTrue(browser.findElements(By.cssSelector(".release-notice")).isEmpty(), "a link of this release opens without a notice");

        browser.get(link.replace("release=" + release, "release=0.1.0"));
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".release-notice")));
        assertTrue(notice.getText().contains("made on release 0.1.0"), notice.getText());
        assertFalse(notice.findElements(By.cssSelector("a[href='/releases']")).isEmpty(), "links to what changed");
        wait.until(d -> query.equals(js.executeScript("return window.kgYasgui.getTab().getYasqe().getValue();")));
    }
}
