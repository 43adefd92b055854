package org.w3id.kzlabour.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code /ontology}: the ontology IRI dereferenced. As Turtle it is the ontology file itself, byte
 * for byte; other RDF syntaxes are that file re-serialised; as HTML it is the documentation, with
 * an anchor per term so that {@code ontology#Strike} lands on its entry.
 */
public final class OntologyServlet extends PublishedServlet {

    private final byte[] turtle;
    private final Graph ontology;
    private final SiteStatistics statistics;
    private final PublicBase base;

    /** @param turtle the ontology file (from the jar), or null when this build ships none */
    public OntologyServlet(byte[] turtle, PublicBase base, SiteStatistics statistics) {
        this.turtle = turtle;
        this.base = base;
        this.statistics = statistics;
        this.ontology = GraphFactory.createDefaultGraph();
        if (turtle != null)
            RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base(base.ontologyIri()).parse(ontology);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/"))
            throw new UnknownResourceException("No such ontology document");
        if (turtle == null)
            throw new UnknownResourceException("This build ships no ontology file");
        DocumentFormat format = DocumentNegotiation.choose(DocumentFormat.WITH_HTML, param(params, "format"), request.getHeader("Accept"));
        PageLanguage lang = PageLanguage.of(request, params);
        lang.vary(response, "Accept");
        response.setHeader("Cache-Control", "public, max-age=300");
        if (format == DocumentFormat.TURTLE)
            send(request, response, format.contentType(), turtle);
        else if (format.isRdf())
            sendRdf(request, response, copy(), format, Prefixes.forBase(base));
        else
            sendHtml(request, response, OntologyDocs.render(ontology, statistics.get(), lang, base));
    }

    private Graph copy() {
        Graph graph = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(graph::add);
        ontology.getPrefixMapping().getNsPrefixMap().forEach(graph.getPrefixMapping()::setNsPrefix);
        return graph;
    }
}
