package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.kzlabour.server.ErrorResponses;
import org.w3id.kzlabour.server.FormDecoding;
import org.w3id.kzlabour.server.SparqlServlet;

/**
 * The SPARQL 1.1 Service Description a GET on {@code /sparql} without a query returns (Turtle by
 * default, any RDF syntax or an HTML view by negotiation). Its {@code sd:endpoint} is the URL the
 * client called, so a client that probes the endpoint (Comunica does) is never sent elsewhere.
 */
public final class ServiceDescription implements SparqlServlet.RequestHandler {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final PublicBase base;
    private final SiteStatistics statistics;

    public ServiceDescription(PublicBase base, SiteStatistics statistics) {
        this.base = base;
        this.statistics = statistics;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Map<String, List<String>> params = FormDecoding.decode(request.getQueryString(), StandardCharsets.UTF_8);
            response.setHeader("Vary", "Accept");
            response.setHeader("Access-Control-Allow-Origin", "*");
            DocumentFormat format = DocumentNegotiation.choose(DocumentFormat.WITH_HTML, PublishedServlet.param(params, "format"), request.getHeader("Accept"));
            String endpoint = PublishedServlet.root(request) + request.getServletPath();
            Graph graph = build(endpoint, PublishedServlet.root(request));
            if (format.isRdf()) {
                PublishedServlet.sendRdf(request, response, graph, format, Prefixes.forBase(base));
            } else {
                java.io.ByteArrayOutputStream turtle = new java.io.ByteArrayOutputStream();
                org.apache.jena.riot.RDFWriter.source(graph).format(org.apache.jena.riot.RDFFormat.TURTLE_PRETTY).output(turtle);
                PageLanguage lang = PageLanguage.of(request, params);
                lang.vary(response, "Accept");
                PublishedServlet.sendHtml(request, response, PageTemplates.render("sparql.jte",
                        Map.of("turtle", turtle.toString(StandardCharsets.UTF_8), "l", lang)));
            }
        } catch (RuntimeException failure) {
            ErrorResponses.send(response, ErrorResponses.toHttpError(failure));
        }
    }

    Graph build(String endpoint, String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("formats", FORMATS)
         .setNsPrefix("rdfs", RDFS.getURI());
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(p(m, "endpoint"), m.createResource(endpoint))
                .addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(DCTerms.title, DatasetDescription.TITLE + ": SPARQL endpoint", "en")
                .addProperty(DCTerms.license, m.createResource(DatasetDescription.LICENCE))
                .addProperty(RDFS.seeAlso, m.createResource(root + "/.well-known/void"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                                     "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + format));
        Resource graph = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(VOID.triples, m.createTypedLiteral(statistics.get().triples(), XSDDatatype.XSDinteger));
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(p(m, "defaultGraph"), graph)
                .addProperty(RDFS.seeAlso, m.createResource(base.iri()));
        service.addProperty(p(m, "defaultDataset"), dataset);
        return m.getGraph();
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
