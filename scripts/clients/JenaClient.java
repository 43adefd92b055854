import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;

/** Jena's own clients, with no configuration: RDFConnection on the endpoint, RDFDataMgr on an entity IRI's URL. */
public class JenaClient {
    public static void main(String[] args) {
        String root = args[0];
        String entity = args[1];
        try (RDFConnection conn = RDFConnection.queryConnect(root + "/sparql")) {
            long[] rows = {0};
            conn.querySelect("SELECT ?event WHERE { ?event a <https://w3id.org/kz-labour/ontology#Event> } LIMIT 5", row -> rows[0]++);
            System.out.println("jena RDFConnection: SELECT rows=" + rows[0]);
        }
        Graph graph = RDFDataMgr.loadGraph(root + entity);
        System.out.println("jena RDFDataMgr: " + entity + " triples=" + graph.size());
        if (rows(graph) == 0) System.exit(1);
    }

    private static long rows(Graph g) { return g.size(); }
}
