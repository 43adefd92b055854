package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.w3id.kzlabour.query.AcceptHeader;
import org.w3id.kzlabour.search.EntitySearch;
import org.w3id.kzlabour.search.MatchKind;
import org.w3id.kzlabour.search.SearchHit;
import org.w3id.kzlabour.search.SearchIndex;
import org.w3id.kzlabour.server.HttpError;

/**
 * {@code GET /search?q=...}: finds the graph's entities by any spelling of their names, as an
 * HTML page (labels in the page's language, the name that matched and how, a link to each entity
 * page) or as JSON ({@code Accept: application/json} or {@code format=json}). Optional
 * {@code type=IRI} (repeatable) and {@code limit=N} (1..100, default 20).
 */
public final class SearchServlet extends PublishedServlet {

    static final int DEFAULT_LIMIT = 20;
    private static final String JSON_TYPE = "application/json";

    private final EntitySearch search;
    private final PublicBase base;

    public SearchServlet(EntitySearch search, PublicBase base) {
        this.search = search;
        this.base = base;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        response.setHeader("Vary", "Accept, Accept-Language");
        boolean json = wantsJson(param(params, "format"), request.getHeader("Accept"));
        String q = param(params, "q");
        if (q != null && q.length() > SearchIndex.MAX_QUERY_LENGTH)
            throw HttpError.badRequest("Query text longer than " + SearchIndex.MAX_QUERY_LENGTH + " characters");
        boolean empty = q == null || q.isBlank();
        if (empty && json)
            throw HttpError.badRequest("Missing search text: give q=...");
        int limit = limit(param(params, "limit"));
        Set<String> types = new LinkedHashSet<>(params.getOrDefault("type", List.of()));
        PageLanguage lang = json ? null : PageLanguage.of(request, params);
        if (lang != null)
            lang.vary(response, "Accept");
        List<SearchHit> hits = empty ? List.of() : search.search(q.strip(), types, limit);
        if (json)
            send(request, response, "application/json; charset=utf-8", json(q.strip(), hits).getBytes(StandardCharsets.UTF_8));
        else
            sendHtml(request, response, page(lang, empty ? "" : q.strip(), hits));
    }

    static boolean wantsJson(String format, String accept) {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> true;
                case "html" -> false;
                default -> throw HttpError.badRequest("Unsupported format parameter; one of: html, json");
            };
        }
        if (accept == null || accept.isBlank())
            return false;
        String best = AcceptHeader.parse(accept).best(List.of("text/html", JSON_TYPE), List::of, true);
        if (best == null)
            throw new HttpError(406, "Search answers text/html or application/json");
        return JSON_TYPE.equals(best);
    }

    static int limit(String value) {
        if (value == null)
            return DEFAULT_LIMIT;
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= SearchIndex.MAX_LIMIT)
                return limit;
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw HttpError.badRequest("limit must be a whole number from 1 to " + SearchIndex.MAX_LIMIT);
    }

    private String json(String q, List<SearchHit> hits) {
        JsonObject root = new JsonObject();
        root.put("query", q);
        JsonArray results = new JsonArray();
        for (SearchHit hit : hits) {
            JsonObject item = new JsonObject();
            item.put("iri", hit.iri());
            item.put("page", base.href(hit.iri()));
            item.put("label", display(hit, "en"));
            JsonObject labels = new JsonObject();
            hit.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> labels.put(e.getKey(), e.getValue()));
            item.put("labels", labels);
            JsonArray types = new JsonArray();
            hit.types().forEach(types::add);
            item.put("types", types);
            item.put("matchedName", hit.matchedName());
            item.put("match", hit.kind().name());
            item.put("score", JsonNumber.value(hit.score()));
            results.add(item);
        }
        root.put("results", results);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The model of {@code search.jte}: the page's language, the search text ("" for none) and the hits. */
    public record Page(PageLanguage language, String q, List<Hit> hits) {

        public String title() {
            return q.isEmpty() ? language.text("search.heading") : language.text("search.title", q);
        }

        public int maxLength() {
            return SearchIndex.MAX_QUERY_LENGTH;
        }

        public String jsonHref() {
            return "/search?format=json&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        }
    }

    /**
     * One hit as shown: its CSS class (the match kind), page, label, type names, how it matched,
     * the name that matched when it differs from the label (else null), score and IRI; and the
     * label's language and the type names' when they are not the page's (else null), for the {@code lang} attribute.
     */
    public record Hit(String kindClass, String href, String label, String types, String match, String matchedName, String score, String iri,
                      String labelLang, String typesLang) {}

    private String page(PageLanguage lang, String q, List<SearchHit> hits) {
        return PageTemplates.render("search.jte", new Page(lang, q, hits.stream().map(hit -> hit(hit, lang)).toList()));
    }

    private Hit hit(SearchHit hit, PageLanguage language) {
        String lang = language.code();
        String label = display(hit, lang);
        String labelLang = displayLanguage(hit, lang);
        String types = hit.types().stream().map(type -> typeName(type, lang)).collect(Collectors.joining(", "));
        return new Hit("hit " + hit.kind().name().toLowerCase(Locale.ROOT), language.href(base.href(hit.iri())), label, types,
                language.text(describe(hit.kind())), hit.matchedName().equals(label) ? null : hit.matchedName(),
                String.format(Locale.ROOT, "%.0f", hit.score()), hit.iri(), labelLang.equals(lang) ? null : labelLang,
                typesTranslated(hit, lang) ? null : "en");
    }

    /**
     * A class by its rdfs:label in the page's language from the shipped ontology (a hit carries only
     * the IRI), or its local name ({@code City}) where the ontology has no label in that language;
     * English pages show the local name, as they always have.
     */
    static String typeName(String type, String lang) {
        String local = Labels.localName(NodeFactory.createURI(type));
        if (lang.equals("en"))
            return local;
        String label = Labels.exact(OntologyGraph.GRAPH, NodeFactory.createURI(type), lang);
        return label != null ? label : local;
    }

    /** Whether every type of the hit has a label in the page's language (else the list is marked as English). */
    static boolean typesTranslated(SearchHit hit, String lang) {
        return lang.equals("en") || hit.types().stream().allMatch(t -> Labels.exact(OntologyGraph.GRAPH, NodeFactory.createURI(t), lang) != null);
    }

    /** The shipped ontology, read once when a page in another language than English first needs a class name. */
    private static final class OntologyGraph {
        static final org.apache.jena.graph.Graph GRAPH = load();

        private static org.apache.jena.graph.Graph load() {
            org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            byte[] turtle = LinkedDataSite.shippedOntology();
            if (turtle != null)
                org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(org.apache.jena.riot.Lang.TURTLE).parse(graph);
            return graph;
        }
    }

    /** The language tag of the label {@link #display} picks ("" when it has none). */
    static String displayLanguage(SearchHit hit, String lang) {
        for (String want : new String[] {lang, "en", ""})
            for (String key : hit.labels().keySet())
                if (key.equalsIgnoreCase(want))
                    return key;
        return hit.labels().keySet().stream().sorted(java.util.Comparator.comparing(k -> hit.labels().get(k))).findFirst().orElse("");
    }

    /** The label in the page's language, else English, else without a language, else any. */
    static String display(SearchHit hit, String lang) {
        for (String want : new String[] {lang, "en", ""})
            for (Map.Entry<String, String> e : hit.labels().entrySet())
                if (e.getKey().equalsIgnoreCase(want))
                    return e.getValue();
        return hit.labels().values().stream().sorted().findFirst().orElse(hit.matchedName());
    }

    /** The bundle key of how a hit matched. */
    static String describe(MatchKind kind) {
        return switch (kind) {
            case EXACT_LABEL -> "search.match.exact";
            case ALIAS -> "search.match.alias";
            case TRANSLITERATED -> "search.match.transliterated";
            case FUZZY -> "search.match.fuzzy";
        };
    }
}
