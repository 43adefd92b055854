package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Dereferences the graph's IRIs ({@code /id/*}): the description of the resource in Turtle,
 * N-Triples, JSON-LD or RDF/XML, or its HTML page, by content negotiation with {@code ?format=}
 * as an override. The path is validated strictly and bound into the query as an IRI node.
 */
public final class EntityServlet extends PublishedServlet {

    private static final Query SUPER_TYPES = GraphReader.parse("SELECT DISTINCT ?c WHERE { ?iri a/rdfs:subClassOf* ?c FILTER(isIRI(?c)) }");

    private final GraphReader reader;
    private final ResourceDescription descriptions;
    private final PublicBase base;
    private final SiteStatistics statistics;
    private final EventIndex atlas;

    public EntityServlet(GraphReader reader, PublicBase base, SiteStatistics statistics, EventIndex atlas) {
        this.reader = reader;
        this.atlas = atlas;
        this.descriptions = new ResourceDescription(reader);
        this.base = base;
        this.statistics = statistics;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String path = ResourcePath.validate(request.getRequestURI());
        String iri = base.iriForPath(path);
        DocumentFormat format = DocumentNegotiation.choose(DocumentFormat.WITH_HTML, param(params, "format"), request.getHeader("Accept"));
        PageLanguage lang = PageLanguage.of(request, params);
        lang.vary(response, "Accept");
        Graph description = descriptions.describe(iri);
        response.setHeader("Cache-Control", "public, max-age=300");
        if (format.isRdf()) {
            sendRdf(request, response, description, format, Prefixes.forBase(base));
            return;
        }
        Set<String> superTypes = new HashSet<>();
        for (Binding row : reader.select(SUPER_TYPES, Map.of("iri", NodeFactory.createURI(iri))))
            superTypes.add(row.get("c").getURI());
        String page = EntityPage.render(description, iri, lang, base, superTypes, statistics.get(),
                                        root(request) + path, atlas.get());
        sendHtml(request, response, page);
    }
}
