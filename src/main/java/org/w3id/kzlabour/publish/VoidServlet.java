package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /.well-known/void}: the dataset's VoID and DCAT description in the RDF syntax asked for. */
public final class VoidServlet extends PublishedServlet {

    private final PublicBase base;
    private final SiteStatistics statistics;

    public VoidServlet(PublicBase base, SiteStatistics statistics) {
        this.base = base;
        this.statistics = statistics;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        response.setHeader("Vary", "Accept");
        DocumentFormat format = DocumentNegotiation.choose(DocumentFormat.RDF_ONLY, param(params, "format"), request.getHeader("Accept"));
        sendRdf(request, response, DatasetDescription.build(base, statistics.get(), root(request)), format, Prefixes.forBase(base));
    }
}
