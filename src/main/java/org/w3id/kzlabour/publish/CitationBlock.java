package org.w3id.kzlabour.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

    /**
     * The model of {@code parts/citation.jte}: the citation, the IRI to quote, and the {@code iri}
     * parameter of the download links (null for the whole graph).
     */
    public record Block(Citation citation, String iri, String iriParameter) {

        /** The BibTeX, RIS and CSL-JSON shown in the page, in that order. */
        public List<Citation.Format> shown() {
            return List.of(Citation.Format.BIBTEX, Citation.Format.RIS, Citation.Format.CSL_JSON);
        }

        /** Every format offered for download. */
        public List<Citation.Format> formats() {
            return List.of(Citation.Format.values());
        }

        /** The {@code /cite} link of one format. */
        public String href(Citation.Format format) {
            return "/cite?format=" + format.parameter
                    + (iriParameter == null ? "" : "&iri=" + URLEncoder.encode(iriParameter, StandardCharsets.UTF_8));
        }

        /** The plain-text reference of each source. */
        public List<String> sourceTexts() {
            return citation.sources().stream().map(Citation::sourceText).toList();
        }
    }

    /** The section for the landing page. */
    public static Block dataset(PublicBase base) {
        return new Block(forDataset(base), base.iri(), null);
    }

    /** The section for an entity page. */
    public static Block entity(PublicBase base, Graph description, Node subject) {
        return new Block(forEntity(base, description, subject), subject.getURI(), subject.getURI());
    }
}
