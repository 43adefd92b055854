package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.server.EndpointSettings;
import org.w3id.kzlabour.server.KgServer;
import org.w3id.kzlabour.store.ServedStore;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * Issue 14: every page type of the site, in Russian and in Kazakh, through the real server (port 0)
 * on the shipped graph and ontology, has no English chrome left. For each page it checks, on the
 * chrome that {@link ChromeText} reads (visible text and labelling attributes, without the values
 * the templates mark as data):
 * <ul>
 * <li>no Latin-script word other than those the language's own bundle uses, so an English
 *     sentence written into a template without a key fails;</li>
 * <li>for every bundle key whose English differs from its translation, none of the English text;</li>
 * <li>{@code <html lang>} is the language, and the language switch is there.</li>
 * </ul>
 * And: the choice sticks (internal links carry it), Accept-Language chooses when there is no
 * {@code ?lang=} and the answer then varies on it, and Turtle does not change with the language.
 */
class PageLanguagesTest {

    static KgServer server;
    static SearchIndex search;
    static String root;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Page type → path (without lang). */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        boolean shipped = !ShippedGraph.files().isEmpty();
        ServedStore store = shipped ? ServedStore.shipped() : ServedStore.files(List.of(SiteFixture.resource("fixture.ttl")));
        byte[] ontology = LinkedDataSite.shippedOntology();
        if (ontology == null)
            ontology = Files.readAllBytes(SiteFixture.resource("ontology.ttl"));
        List<ExampleQueries.Example> examples = ExampleQueries.shipped();
        if (examples.isEmpty())
            examples = ExampleQueries.read(SiteFixture.resource("examples"));
        search = SearchIndex.inMemory(store.dataset(), store.transactional());
        GraphReader reader = new GraphReader(store.dataset(), store.transactional(), 30_000);
        KgServer.Builder builder = KgServer.builder().host("127.0.0.1").port(0)
                .runner(new QueryRunner(search.dataset(), store.transactional(), ServicePolicy.refuseAll()))
                .settings(EndpointSettings.defaults())
                .route("/search", new SearchServlet(search, PublicBase.standard()));
        LinkedDataSite.install(builder, reader, PublicBase.standard(), ontology, examples);
        server = builder.build().start();
        root = "http://127.0.0.1:" + server.port();

        PAGES.put("landing", "/");
        for (String kind : List.of("Event", "Organisation", "Person", "Place", "SourceDocument", "Claim"))
            PAGES.put(kind, PublicBase.standard().href(richest(reader, kind)));
        PAGES.put("ontology", "/ontology");
        PAGES.put("search with results", "/search?q=" + URLEncoder.encode("Жанаозен", StandardCharsets.UTF_8));
        PAGES.put("search without results", "/search?q=qqqxxzzy");
        PAGES.put("search form", "/search");
        PAGES.put("query editor", "/query");
        PAGES.put("query editor, link of an older release", "/query?release=0.1.0");
        PAGES.put("codebook", "/codebook");
        PAGES.put("releases", "/releases");
        PAGES.put("SPARQL endpoint", "/sparql");
        PAGES.put("map", "/map");
        PAGES.put("map of one year", "/map?year=2011");
        PAGES.put("browse", "/browse");
        PAGES.put("browse, one year chosen", "/browse?year=2023");
    }

    /** The instance of a kzl: class (or a subclass) with the most triples about it: the page with the most chrome. */
    static String richest(GraphReader reader, String kind) {
        List<Binding> rows = reader.select(GraphReader.parse("""
                SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a/rdfs:subClassOf* kzl:%s ; ?p ?o FILTER(isIRI(?s)) }
                GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1""".formatted(kind)), Map.of());
        assertFalse(rows.isEmpty(), "the served graph has a " + kind);
        return rows.get(0).get("s").getURI();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (search != null)
            search.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2)
            request.header(headers[i], headers[i + 1]);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String withLang(String path, String lang) {
        int hash = path.indexOf('#');
        String before = hash >= 0 ? path.substring(0, hash) : path;
        return before + (before.contains("?") ? "&" : "?") + "lang=" + lang + (hash >= 0 ? path.substring(hash) : "");
    }

    static Stream<Arguments> pagesInEachLanguage() {
        List<Arguments> out = new ArrayList<>();
        for (String lang : List.of("ru", "kk"))
            for (String page : PAGES.keySet())
                out.add(Arguments.of(lang, page));
        return out.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("pagesInEachLanguage")
    void noEnglishChromeLeft(String lang, String pageType) throws Exception {
        String path = withLang(PAGES.get(pageType), lang);
        HttpResponse<String> response = get(path, "Accept", "text/html");
        assertEquals(200, response.statusCode(), path);
        ChromeText chrome = ChromeText.of(response.body());
        assertEquals(lang, chrome.pageLang, "<html lang> of " + path);

        List<String> latin = chrome.unexpectedLatinWords(ChromeText.allowedLatinWords(lang));
        assertTrue(latin.isEmpty(), path + ": chrome in Latin script that no " + lang + " bundle key gives (a sentence without a key, "
                + "or a data value not marked with lang/translate):\n" + String.join("\n", latin));

        List<String> english = new ArrayList<>();
        for (String key : new TreeSet<>(Messages.keys())) {
            String en = Messages.bundle("en").getString(key);
            if (en.equals(Messages.bundle(lang).getString(key)))
                continue;
            for (String piece : ChromeText.englishPieces(en))
                if (!ChromeText.translationUses(lang, piece) && chrome.containsWords(piece))
                    english.add(key + ": " + piece);
        }
        assertTrue(english.isEmpty(), path + ": English bundle text in a " + lang + " page:\n" + String.join("\n", english));

        assertTrue(response.body().contains("<nav class=\"languages\""), "the language switch on " + path);
        if (System.getProperty("kg.chrome.dump") != null)
            Files.writeString(java.nio.file.Path.of("target", "chrome-" + lang + "-" + pageType.replaceAll("[^A-Za-z]+", "-") + ".txt"), chrome.joined());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theChoiceSticksInEveryInternalLink(String lang) throws Exception {
        for (String pageType : List.of("landing", "Event", "ontology", "search with results")) {
            String path = withLang(PAGES.get(pageType), lang);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(get(path, "Accept", "text/html").body());
            List<String> lost = new ArrayList<>();
            for (org.jsoup.nodes.Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                boolean page = href.startsWith("/") && !href.startsWith("/dumps/") && !href.startsWith("/cite") && !href.startsWith("/.well-known/")
                        && !href.contains("format=") && !a.parents().is("nav.languages");
                if (page && !href.contains("lang=" + lang))
                    lost.add(href);
            }
            assertTrue(lost.isEmpty(), path + ": internal links that drop the language: " + lost);
            org.jsoup.nodes.Element box = doc.selectFirst("header.site form.search input[name=lang]");
            assertNotNull(box, "the header's search box keeps the language");
            assertEquals(lang, box.attr("value"));
        }
    }

    @Test
    void theSwitchLinksToTheSamePageInEachLanguageKeepingItsQuery() throws Exception {
        String path = PAGES.get("search with results");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(get(withLang(path, "kk"), "Accept", "text/html").body());
        org.jsoup.nodes.Element ru = doc.selectFirst("nav.languages a[lang=ru]");
        assertNotNull(ru);
        assertEquals(path + "&lang=ru", ru.attr("href"));
        assertEquals("Русский", ru.text());
        assertEquals("Қазақша", doc.selectFirst("nav.languages .current").text());
        assertEquals("English", doc.selectFirst("nav.languages a[lang=en]").text());
    }

    @Test
    void acceptLanguageChoosesWithoutTheParameterAndTheAnswerVariesOnIt() throws Exception {
        HttpResponse<String> ru = get("/ontology", "Accept", "text/html", "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5");
        assertEquals("ru", ChromeText.of(ru.body()).pageLang);
        assertTrue(ru.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertTrue(ru.body().contains("<a href=\"/query\">" + Messages.text("ru", "nav.query") + "</a>"), "plain links: the header keeps choosing");
        HttpResponse<String> chosen = get("/ontology?lang=kk", "Accept", "text/html", "Accept-Language", "ru");
        assertEquals("kk", ChromeText.of(chosen.body()).pageLang, "?lang= wins over the header");
        assertFalse(chosen.headers().firstValue("Vary").orElse("").contains("Accept-Language"), "the URL alone decides");
        assertEquals("en", ChromeText.of(get("/releases", "Accept-Language", "de-DE").body()).pageLang, "else English");
    }

    @Test
    void machineFormatsDoNotChangeWithTheLanguage() throws Exception {
        String event = PAGES.get("Event");
        String plain = get(event + "?format=ttl").body();
        assertEquals(plain, get(event + "?format=ttl&lang=ru", "Accept-Language", "kk").body());
        String json = get("/search?format=json&q=" + URLEncoder.encode("Жанаозен", StandardCharsets.UTF_8)).body();
        assertEquals(json, get("/search?format=json&lang=kk&q=" + URLEncoder.encode("Жанаозен", StandardCharsets.UTF_8), "Accept-Language", "ru").body());
    }

    @Test
    void theDetectorFindsEnglishChromeAndLeavesMarkedDataAlone() {
        String page = "<!doctype html><html lang=\"ru\"><head><title>x · Граф</title></head><body>"
                + "<h1 lang=\"en\">West Oil Software strike</h1><p>Свойства</p><p class=\"iri\" translate=\"no\">https://w3id.org/kz-labour/id/x</p>"
                + "<code>kzl:Strike</code><p>Open in the editor</p><input placeholder=\"Search names\"></body></html>";
        ChromeText chrome = ChromeText.of(page);
        Set<String> words = new TreeSet<>();
        for (String found : chrome.unexpectedLatinWords(ChromeText.allowedLatinWords("ru")))
            words.add(found.substring(0, found.indexOf(' ')));
        assertEquals(Set.of("Open", "in", "the", "editor", "Search", "names"), words);
        assertTrue(chrome.containsWords("Open in the editor"));
        assertFalse(chrome.containsWords("West Oil Software strike"), "a name marked as English is data");
        assertTrue(ChromeText.allowedLatinWords("ru").containsAll(Set.of("sparql", "bibtex", "turtle")), ChromeText.allowedLatinWords("ru").toString());
    }
}
