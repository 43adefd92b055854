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
    private final EventIndex atlas;

    public LandingServlet(PublicBase base, SiteStatistics statistics, List<ExampleQueries.Example> examples, EventIndex atlas) {
        this.atlas = atlas;
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
        PageLanguage lang = PageLanguage.of(request, params);
        lang.vary(response, "Accept");
        sendHtml(request, response, page(lang));
    }

    /** The model of {@code landing.jte}. */
    public record Page(PageLanguage language, String baseIri, SiteStatistics.Figures figures, Release release, Changelog changelog,
                       List<ExampleLink> examples, List<Link> timeline, TimelineChart.Chart timelineChart, List<SourceItem> sources,
                       CitationBlock.Block citation) {

        public String licence() {
            return DatasetDescription.LICENCE;
        }

        /** The counts shown at the top: id, figure (with thousands separators), what is counted. */
        public List<Count> counts() {
            return List.of(count("triples", figures.triples()), count("events", figures.events()),
                    count("organisations", figures.organisations()), count("persons", figures.persons()),
                    count("claims", figures.claims()));
        }

        /** The figure with the language's digit grouping and what is counted, in the plural form the number takes. */
        private Count count(String id, long value) {
            return new Count("count-" + id, language.number(value), language.text("landing.count." + id, value));
        }
    }

    /** One count of the landing page. */
    public record Count(String id, String figure, String what) {}

    /** An example query, linked to the query editor; its title is English ({@code lang} "en" on pages in another language, else null). */
    public record ExampleLink(String href, String title, String lang) {}

    /** A dated link: the date as the page writes it, the target, the text. */
    public record Link(String when, String href, String text, String lang) {}

    /** A source: its title, its page (or null) and its date as written (or null). */
    public record SourceItem(String title, String href, String issued) {}

    private String page(PageLanguage language) {
        String lang = language.code();
        SiteStatistics.Figures f = statistics.get();
        String titleLang = lang.equals("en") ? null : "en";
        List<ExampleLink> exampleLinks = examples.stream()
                .map(e -> new ExampleLink(language.href("/query?example=" + URLEncoder.encode(e.name(), StandardCharsets.UTF_8)), e.title(), titleLang))
                .toList();
        List<Link> timeline = f.timeline().stream()
                .map(e -> new Link(language.date(e.date(), e.precision()), language.href(base.href(e.iri())), e.label(lang).isEmpty() ? e.iri() : e.label(lang),
                        e.label(lang).isEmpty() ? "" : SiteStatistics.foreignLanguage(e.labels(), lang)))
                .toList();
        List<SourceItem> sources = f.sources().stream()
                .map(s -> new SourceItem(s.title() != null ? s.title() : s.iri(), s.iri() != null ? language.href(base.href(s.iri())) : null,
                        s.issued() != null ? language.date(s.issued(), s.precision()) : null))
                .toList();
        return PageTemplates.render("landing.jte", new Page(language, base.iri(), f, Release.current(), Changelog.shipped(),
                exampleLinks, timeline, TimelineChart.draw(atlas.get(), base, language), sources,
                CitationBlock.dataset(base)));
    }
}
