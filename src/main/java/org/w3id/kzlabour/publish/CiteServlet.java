package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.w3id.kzlabour.server.HttpError;

/**
 * {@code /cite?format=bibtex|ris|csl-json|text[&iri=IRI]}: the citation of the graph, or of one of
 * its entities with the sources its facts rest on, at a stable URL a reference manager can fetch,
 * with the format's media type. The date accessed is the day of the request.
 */
public final class CiteServlet extends PublishedServlet {

    private static final String FORMATS = Arrays.stream(Citation.Format.values()).map(f -> f.parameter).collect(Collectors.joining(", "));

    private final ResourceDescription descriptions;
    private final PublicBase base;

    public CiteServlet(GraphReader reader, PublicBase base) {
        this.descriptions = new ResourceDescription(reader);
        this.base = base;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        if (info != null && !info.isEmpty() && !info.equals("/"))
            throw new UnknownResourceException("No such page");
        String name = param(params, "format");
        if (name == null)
            throw HttpError.badRequest("Give format=" + FORMATS.replace(", ", "|"));
        Citation.Format format = Citation.Format.named(name);
        if (format == null)
            throw HttpError.badRequest("Unknown citation format; one of: " + FORMATS);
        String iri = param(params, "iri");
        Citation citation;
        if (iri == null || iri.equals(base.iri())) {
            citation = CitationBlock.forDataset(base);
        } else {
            if (!iri.startsWith(base.idNamespace()) || iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"'))
                throw HttpError.badRequest("iri must be an IRI of this graph, starting with " + base.idNamespace());
            Graph description = descriptions.describe(iri);
            citation = CitationBlock.forEntity(base, description, NodeFactory.createURI(iri));
        }
        response.setHeader("Cache-Control", "no-cache");
        String extension = switch (format) { case BIBTEX -> "bib"; case RIS -> "ris"; case CSL_JSON -> "json"; case TEXT -> "txt"; };
        response.setHeader("Content-Disposition", "inline; filename=\"kz-labour-citation." + extension + "\"");
        send(request, response, format.mediaType, citation.in(format).getBytes(StandardCharsets.UTF_8));
    }
}
