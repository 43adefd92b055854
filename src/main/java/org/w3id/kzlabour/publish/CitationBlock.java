package org.w3id.kzlabour.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The "Cite this" section of the landing page and of every entity page: the plain-text reference
 * (release version and today's date as the date accessed, computed when the page is made), the IRI
 * to quote, the BibTeX, RIS and CSL-JSON to paste into a reference manager, links to the same at
 * {@code /cite}, and on an entity page the sources its facts rest on, each as a reference.
 */
public final class CitationBlock {

    private static final Clock CLOCK = Clock.systemUTC();

    private CitationBlock() {}

    /** The citation of the whole graph, as of today. */
    public static Citation forDataset(PublicBase base) {
        return new Citation(Release.current(), base.iri(), LocalDate.now(CLOCK), null, java.util.List.of());
    }

    /** The citation of one entity of the graph (from its description), with its sources, as of today. */
    public static Citation forEntity(PublicBase base, Graph description, Node subject) {
        Citation.Entity entity = new Citation.Entity(subject.getURI(), Labels.of(description, subject, "en"));
        return new Citation(Release.current(), base.iri(), LocalDate.now(CLOCK), entity, Citation.sourcesIn(description));
    }

    /** The section for the landing page. */
    public static String datasetHtml(PublicBase base) {
        return html(forDataset(base), base.iri(), null);
    }

    /** The section for an entity page. */
    public static String entityHtml(PublicBase base, Graph description, Node subject) {
        return html(forEntity(base, description, subject), subject.getURI(), subject.getURI());
    }

    private static String html(Citation citation, String iri, String iriParameter) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<section class=\"cite\" id=\"cite\"><h2>Cite this</h2>\n");
        out.append("<p class=\"reference\">").append(HtmlText.escape(citation.datasetText())).append("</p>\n");
        out.append("<p>IRI: <code class=\"cite-iri\">").append(HtmlText.escape(iri)).append("</code></p>\n");
        for (Citation.Format format : new Citation.Format[] {Citation.Format.BIBTEX, Citation.Format.RIS, Citation.Format.CSL_JSON})
            out.append("<details class=\"cite-").append(format.parameter).append("\"><summary>").append(format.title)
               .append("</summary><pre>").append(HtmlText.escape(citation.in(format))).append("</pre></details>\n");
        out.append("<p class=\"cite-links\">Download: ");
        boolean first = true;
        for (Citation.Format format : Citation.Format.values()) {
            if (!first)
                out.append(" · ");
            first = false;
            String href = "/cite?format=" + format.parameter
                    + (iriParameter == null ? "" : "&iri=" + URLEncoder.encode(iriParameter, StandardCharsets.UTF_8));
            out.append(HtmlText.link(href, format.title));
        }
        out.append("</p>\n");
        if (!citation.sources().isEmpty()) {
            out.append("<h3>Sources its facts rest on</h3>\n<ol class=\"cite-sources\">");
            for (Citation.Source source : citation.sources())
                out.append("<li>").append(HtmlText.escape(Citation.sourceText(source))).append("</li>");
            out.append("</ol>\n<p class=\"muted\">The BibTeX, RIS and CSL-JSON above list these sources after the graph.</p>\n");
        }
        out.append("</section>\n");
        return out.toString();
    }
}
