package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.server.KgServer;

/**
 * Adds the linked-data site to a server: dereferenceable IRIs ({@code /id/*}, {@code /ontology}),
 * the landing page, the query editor, the dataset description, the dumps and tables with their
 * codebook, the map of events ({@code /map}), the browse page ({@code /browse}), the service description
 * on {@code GET /sparql}, and the stylesheet and script they use. Nothing else serves files.
 */
public final class LinkedDataSite {

    /** The ontology file inside the jar, served as the ontology's Turtle. */
    public static final String ONTOLOGY_RESOURCE = "kg/ontology/kz-labour.ttl";

    private LinkedDataSite() {}

    /**
     * @param ontologyTurtle the ontology file, or null when none is shipped
     * @param examples       the example queries offered in the editor
     */
    public static KgServer.Builder install(KgServer.Builder server, GraphReader reader, PublicBase base,
                                           byte[] ontologyTurtle, List<ExampleQueries.Example> examples) {
        SiteStatistics statistics = SiteStatistics.start(reader, base);
        EventIndex atlas = EventIndex.start(reader, CountryMap.shipped());
        return server
                .serviceDescription(new ServiceDescription(base, statistics))
                .route("", new LandingServlet(base, statistics, examples, atlas))
                .route("/id/*", new EntityServlet(reader, base, statistics, atlas))
                .route("/map/*", new MapServlet(base, atlas))
                .route("/browse/*", new BrowseServlet(base, atlas))
                .route("/ontology/*", new OntologyServlet(ontologyTurtle, base, statistics))
                .route("/query/*", new QueryUiServlet(base, examples))
                .route("/.well-known/void", new VoidServlet(base, statistics))
                .route("/dumps/*", new DumpServlet())
                .route("/codebook/*", new CodebookServlet(TableCatalog.shipped()))
                .route("/cite/*", new CiteServlet(reader, base))
                .route("/releases/*", new ReleasesServlet())
                .route("/release/*", new ReleaseIriServlet())
                .route("/static/*", new StaticServlet(Map.of(
                        "/site.css", new StaticServlet.Asset("web/site.css", "text/css; charset=utf-8"),
                        "/query.js", new StaticServlet.Asset("web/query.js", "text/javascript; charset=utf-8"),
                        "/map.js", new StaticServlet.Asset("web/map.js", "text/javascript; charset=utf-8"))));
    }

    /** The shipped ontology file, or null when this build has none. */
    public static byte[] shippedOntology() {
        try (InputStream in = LinkedDataSite.class.getClassLoader().getResourceAsStream(ONTOLOGY_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException ex) {
            return null;
        }
    }
}
