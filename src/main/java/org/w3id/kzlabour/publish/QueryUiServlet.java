package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code /query}: the YASGUI query editor, served from the jar (the zazuko__yasgui webjar, no CDN),
 * pointed at this server's {@code /sparql}, with the graph's prefixes declared and the shipped
 * example queries one click away ({@code ?example=NAME} opens and runs one), and a share link that
 * carries the query and the release ({@code ?release=X.Y.Z#query=...}); a link made on another release
 * opens with a notice saying so ({@link PermalinkNotice}).
 */
public final class QueryUiServlet extends PublishedServlet {

    private static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, StaticServlet.Asset> ASSETS = Map.of(
            "/yasgui.min.js", new StaticServlet.Asset(WEBJAR + "yasgui.min.js", "text/javascript; charset=utf-8"),
            "/yasgui.min.css", new StaticServlet.Asset(WEBJAR + "yasgui.min.css", "text/css; charset=utf-8"));

    private static final String DEFAULT_QUERY = """
            SELECT ?event ?label ?date WHERE {
              ?event a/rdfs:subClassOf* kzl:Event ; rdfs:label ?label .
              FILTER(lang(?label) = "en")
              OPTIONAL { ?event kzl:date|kzl:startDate ?date }
            }
            ORDER BY ?date
            LIMIT 50""";

    private final PublicBase base;
    private final List<ExampleQueries.Example> examples;

    public QueryUiServlet(PublicBase base, List<ExampleQueries.Example> examples) {
        this.base = base;
        this.examples = List.copyOf(examples);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        if (info != null && !info.equals("/")) {
            StaticServlet.Asset asset = ASSETS.get(info);
            if (asset == null)
                throw new UnknownResourceException("No such file");
            StaticServlet.serve(request, response, asset);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        PageLanguage lang = PageLanguage.of(request, params);
        lang.vary(response, "");
        PermalinkNotice.Notice notice = PermalinkNotice.of(param(params, "release"), Release.current(), Changelog.shipped());
        sendHtml(request, response, page(lang, notice));
    }

    /** The model of {@code query.jte}: its language, the release served, the notice for a link made on another (or null), the editor's configuration. */
    public record Page(PageLanguage language, String release, PermalinkNotice.Notice notice, ScriptJson config) {}

    private String page(PageLanguage lang, PermalinkNotice.Notice notice) {
        JsonObject config = new JsonObject();
        config.put("endpoint", "/sparql");
        config.put("base", base.iri());
        config.put("idNamespace", base.idNamespace());
        config.put("ontologyNamespace", base.ontologyNamespace());
        config.put("defaultQuery", "# " + lang.text("query.default.comment") + "\n" + DEFAULT_QUERY);
        JsonObject prefixes = new JsonObject();
        Prefixes.forBase(base).getMapping().forEach(prefixes::put);
        config.put("prefixes", prefixes);
        JsonArray list = new JsonArray();
        for (ExampleQueries.Example example : examples) {
            JsonObject item = new JsonObject();
            item.put("name", example.name());
            item.put("title", example.title());
            item.put("description", example.description());
            item.put("text", example.text());
            list.add(item);
        }
        config.put("examples", list);
        config.put("release", Release.current().version());
        return PageTemplates.render("query.jte", new Page(lang, Release.current().version(), notice, ScriptJson.of(config.toString())));
    }
}
