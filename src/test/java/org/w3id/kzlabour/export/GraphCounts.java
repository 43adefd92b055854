package org.w3id.kzlabour.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.kzlabour.store.ShippedGraph;

/** What each table must hold, counted by SPARQL on the graph itself: the number of resources of its kind. */
public final class GraphCounts {

    private static final String PREFIXES = """
            PREFIX kzl:  <https://w3id.org/kz-labour/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Table file to the pattern that selects one resource ?x of that table. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("events.csv", "?x a ?c . ?c rdfs:subClassOf* kzl:Event");
        KINDS.put("claims.csv", "?x a ?c . ?c rdfs:subClassOf* kzl:Claim");
        KINDS.put("organisations.csv", "?x a ?c . ?c rdfs:subClassOf* kzl:Organisation");
        KINDS.put("persons.csv", "{ ?x a ?c . ?c rdfs:subClassOf* kzl:Person } UNION { ?x a ?c . ?c rdfs:subClassOf* kzl:PersonGroup }");
        KINDS.put("places.csv", "?x a ?c . ?c rdfs:subClassOf* kzl:Place");
        KINDS.put("sources.csv", "?x a ?c . ?c rdfs:subClassOf* kzl:SourceDocument");
    }

    private GraphCounts() {}

    /** The repository root (the pom passes it as kg.projectDir). */
    public static Path projectRoot() {
        String configured = System.getProperty("kg.projectDir");
        return Path.of(configured == null || configured.isBlank() ? "." : configured).toAbsolutePath().normalize();
    }

    /** The table definitions as kept in the repository. */
    public static Path tablesFolder() {
        return projectRoot().resolve(TableCatalog.FOLDER);
    }

    /** The counts on the shipped graph. */
    public static Map<String, Integer> shipped() {
        return of(ShippedGraph.load());
    }

    public static Map<String, Integer> of(DatasetGraph graph) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach((table, pattern) -> {
            String query = PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + pattern + " }";
            try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(graph))) {
                counts.put(table, execution.execSelect().next().getLiteral("n").getInt());
            }
        });
        return counts;
    }
}
