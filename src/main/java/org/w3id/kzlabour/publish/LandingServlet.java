package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /}: what the graph is, its licence and sources, its size (counted by SPARQL at start-up),
 * a timeline of its dated events, and the ways in: query editor, examples, ontology, dumps,
 * endpoint and dataset descriptions. Asked for RDF, it answers the dataset's VoID description,
 * since the base IRI names the dataset.
 */
public final class LandingServlet extends PublishedServlet {

    private final PublicBase base;
    private final SiteStatistics statistics;
    private final List<ExampleQueries.Example> examples;

    public LandingServlet(PublicBase base, SiteStatistics statistics, List<ExampleQueries.Example> examples) {
        this.base = base;
        this.statistics = statistics;
        this.examples = List.copyOf(examples);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String path = request.getRequestURI();
        if (!"/".equals(path) && !path.isEmpty())
            throw new UnknownResourceException("No such page");
        response.setHeader("Vary", "Accept, Accept-Language");
        DocumentFormat format = DocumentNegotiation.choose(DocumentFormat.HTML_FIRST, param(params, "format"), request.getHeader("Accept"));
        if (format.isRdf()) {
            sendRdf(request, response, DatasetDescription.build(base, statistics.get(), root(request)), format, Prefixes.forBase(base));
            return;
        }
        String lang = Language.choose(param(params, "lang"), request.getHeader("Accept-Language"));
        sendHtml(request, response, page(lang));
    }

    private String page(String lang) {
        SiteStatistics.Figures f = statistics.get();
        StringBuilder body = new StringBuilder(32 * 1024);
        body.append("<h1>").append(HtmlText.escape(DatasetDescription.TITLE)).append("</h1>\n");
        body.append("<p>").append(HtmlText.escape(DatasetDescription.DESCRIPTION)).append("</p>\n");
        body.append("<p>Every resource has a permanent IRI under <code>").append(HtmlText.escape(base.iri()))
            .append("</code> that this server answers in Turtle, N-Triples, JSON-LD, RDF/XML or HTML. ")
            .append("Licence: <a rel=\"license\" href=\"").append(DatasetDescription.LICENCE).append("\">CC BY 4.0</a> (cite the graph and its sources).</p>\n");
        body.append("<ul class=\"counts\">");
        count(body, "triples", f.triples(), "triples");
        count(body, "events", f.events(), "events");
        count(body, "organisations", f.organisations(), "organisations");
        count(body, "persons", f.persons(), "persons");
        count(body, "claims", f.claims(), "sourced claims");
        body.append("</ul>\n");
        body.append(ReleasesServlet.summaryHtml(Release.current(), Changelog.shipped()));
        body.append("<h2>Use it</h2>\n<ul>")
            .append("<li><a href=\"/query\">Query editor</a> (YASGUI) on the <a href=\"/sparql\">SPARQL endpoint</a> <code>/sparql</code></li>")
            .append("<li><a href=\"/ontology\">Ontology documentation</a> (<a href=\"/ontology?format=ttl\">Turtle</a>)</li>")
            .append("<li>Dumps: <a href=\"/dumps/kz-labour.trig\">TriG</a>, <a href=\"/dumps/kz-labour.nq\">N-Quads</a>, <a href=\"/dumps/kz-labour.jsonld\">JSON-LD</a></li>")
            .append("<li>Descriptions: <a href=\"/.well-known/void\">VoID and DCAT</a>, <a href=\"/sparql?format=ttl\">SPARQL service description</a></li>")
            .append("</ul>\n");
        if (!examples.isEmpty()) {
            body.append("<h2 id=\"examples\">Example queries</h2>\n<ol class=\"examples\">");
            for (ExampleQueries.Example example : examples)
                body.append("<li><a href=\"/query?example=").append(URLEncoder.encode(example.name(), StandardCharsets.UTF_8)).append("\">")
                    .append(HtmlText.escape(example.title())).append("</a></li>");
            body.append("</ol>\n");
        }
        body.append("<h2 id=\"timeline\">Timeline of events</h2>\n");
        if (f.timeline().isEmpty())
            body.append("<p class=\"muted\">No dated events in the served graph.</p>\n");
        body.append("<ol class=\"timeline\">");
        for (SiteStatistics.DatedEvent event : f.timeline()) {
            String label = event.label(lang).isEmpty() ? event.iri() : event.label(lang);
            body.append("<li><span class=\"when\">").append(HtmlText.escape(DateText.format(event.date(), event.precision()))).append("</span> ")
                .append(HtmlText.link(base.href(event.iri()), label)).append("</li>");
        }
        body.append("</ol>\n");
        body.append("<h2 id=\"sources\">Sources</h2>\n<ul class=\"sources\">");
        for (SiteStatistics.Source source : f.sources()) {
            String title = source.title() != null ? source.title() : source.iri();
            body.append("<li>").append(source.iri() != null ? HtmlText.link(base.href(source.iri()), title) : HtmlText.escape(title));
            if (source.issued() != null)
                body.append(" <span class=\"muted\">(").append(HtmlText.escape(DateText.format(source.issued(), source.precision()))).append(")</span>");
            body.append("</li>");
        }
        body.append("</ul>\n");
        body.append(CitationBlock.datasetHtml(base));
        return PageLayout.page(lang, DatasetDescription.TITLE, "", body.toString());
    }

    private static void count(StringBuilder body, String id, long value, String what) {
        body.append("<li id=\"count-").append(id).append("\"><b>").append(String.format(java.util.Locale.ROOT, "%,d", value)).append("</b>")
            .append(what).append("</li>");
    }
}
