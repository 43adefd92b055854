package org.w3id.kzlabour.publish;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/**
 * The RDF description of one resource, as returned by dereferencing its IRI: its own triples
 * (and those of blank nodes it owns), the triples that point at it, the claims about it with all
 * their triples, the source documents behind it and its claims, and the labels and titles of
 * everything it links to (including its properties), so a client can show it without more requests.
 */
public final class ResourceDescription {

    private static final Query DESCRIBE = GraphReader.parse("""
            CONSTRUCT {
              ?iri ?p ?o . ?in ?pin ?iri . ?bn ?bp ?bo .
              ?claim ?cp ?co . ?src ?sp ?so . ?x ?lp ?xl .
            } WHERE {
              { ?iri ?p ?o }
              UNION { ?in ?pin ?iri }
              UNION { ?iri ?bnp ?bn . FILTER(isBlank(?bn)) ?bn ?bp ?bo }
              UNION { ?claim kzl:claimSubject ?iri . ?claim ?cp ?co }
              UNION { { ?c kzl:claimSubject ?iri . ?c kzl:statedIn ?src } UNION { ?iri prov:wasDerivedFrom ?src }
                      ?src ?sp ?so }
              UNION {
                { ?iri ?x0 ?x } UNION { ?iri ?x ?x1 } UNION { ?x ?x2 ?iri } UNION { ?x3 ?x ?iri }
                UNION { ?c kzl:claimSubject ?iri . ?c ?x4 ?x } UNION { ?c kzl:claimSubject ?iri . ?c ?x ?x5 }
                UNION { ?c kzl:claimSubject ?iri . ?c kzl:statedIn ?s . ?s ?x6 ?x }
                FILTER(isIRI(?x))
                { ?x rdfs:label ?xl BIND(rdfs:label AS ?lp) } UNION { ?x dcterms:title ?xl BIND(dcterms:title AS ?lp) }
              }
            }""");

    private final GraphReader reader;

    public ResourceDescription(GraphReader reader) {
        this.reader = reader;
    }

    /** The description of the IRI; throws {@link UnknownResourceException} when the graph does not mention it. */
    public Graph describe(String iri) {
        Node node = NodeFactory.createURI(iri);
        Graph graph = reader.construct(DESCRIBE, Map.of("iri", node));
        if (!graph.contains(node, Node.ANY, Node.ANY) && !graph.contains(Node.ANY, Node.ANY, node))
            throw new UnknownResourceException();
        return graph;
    }
}
