"""rdflib and SPARQLWrapper against a running server, with no special configuration."""
import sys

import rdflib
from SPARQLWrapper import SPARQLWrapper, JSON

root, entity = sys.argv[1], sys.argv[2]

sparql = SPARQLWrapper(root + "/sparql")
sparql.setQuery("SELECT ?event WHERE { ?event a <https://w3id.org/kz-labour/ontology#Event> } LIMIT 5")
sparql.setReturnFormat(JSON)
rows = sparql.query().convert()["results"]["bindings"]
print(f"SPARQLWrapper: SELECT rows={len(rows)}")

g = rdflib.Graph()
g.parse(root + entity)
print(f"rdflib Graph.parse: {entity} triples={len(g)}")

g2 = rdflib.Graph()
g2.parse(root + "/sparql")
print(f"rdflib Graph.parse: /sparql service description triples={len(g2)}")

sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
endpoints = [str(o) for o in g2.objects(None, sd.endpoint)]
assert endpoints == [root + "/sparql"], endpoints
if not rows or len(g) == 0:
    sys.exit(1)
