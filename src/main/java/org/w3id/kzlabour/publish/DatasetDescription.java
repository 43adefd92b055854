package org.w3id.kzlabour.publish;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID and DCAT description of the dataset ({@code /.well-known/void}, and the RDF of the
 * landing page): size, class and property partitions, licence, sources, vocabulary, example
 * resources, the SPARQL endpoint and the dump downloads, and the release ({@link ReleaseDescription}:
 * version, dates, previous release, patch, byte sizes and checksums). Links point at the server the client
 * called, so a client that follows them stays on it.
 */
public final class DatasetDescription {

    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String TITLE = "Kazakhstan labour-rights knowledge graph";
    public static final String DESCRIPTION = "Labour disputes, strikes, court cases, repression of trade unionists, union registration "
            + "and ILO supervision in Kazakhstan, with every fact recorded as a claim: who asserts it, in which source, with the quoted sentence.";

    private DatasetDescription() {}

    /**
     * @param root the scheme, host and port the client called
     */
    public static Graph build(PublicBase base, SiteStatistics.Figures figures, String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
         .setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("kzl", Prefixes.KZL);
        Resource dataset = m.createResource(base.iri())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, TITLE, "en")
                .addProperty(DCTerms.description, DESCRIPTION, "en")
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(VOID.uriSpace, base.idNamespace())
                .addProperty(VOID.vocabulary, m.createResource(base.ontologyIri()))
                .addProperty(DCTerms.conformsTo, m.createResource(base.ontologyIri()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(root + "/sparql"))
                .addProperty(DCAT.landingPage, m.createResource(root + "/"))
                .addLiteral(VOID.triples, m.createTypedLiteral(figures.triples(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.entities, m.createTypedLiteral(figures.entities(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.classes, m.createTypedLiteral((long) figures.classes().size(), XSDDatatype.XSDinteger))
                .addLiteral(VOID.properties, m.createTypedLiteral((long) figures.properties().size(), XSDDatatype.XSDinteger));
        for (SiteStatistics.Source source : figures.sources())
            if (source.iri() != null)
                dataset.addProperty(DCTerms.source, m.createResource(source.iri()));
        figures.timeline().stream().limit(3).forEach(e -> dataset.addProperty(VOID.exampleResource, m.createResource(e.iri())));
        for (Map.Entry<String, Long> entry : figures.classes().entrySet())
            dataset.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(entry.getKey()))
                    .addLiteral(VOID.entities, m.createTypedLiteral(entry.getValue(), XSDDatatype.XSDinteger)));
        for (Map.Entry<String, Long> entry : figures.properties().entrySet())
            dataset.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, m.createResource(entry.getKey()))
                    .addLiteral(VOID.triples, m.createTypedLiteral(entry.getValue(), XSDDatatype.XSDinteger)));
        for (String name : List.of("kz-labour.trig", "kz-labour.nq", "kz-labour.jsonld")) {
            String url = root + "/dumps/" + name;
            dataset.addProperty(VOID.dataDump, m.createResource(url));
            dataset.addProperty(DCAT.distribution, m.createResource()
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, m.createResource(url))
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + DumpServlet.DUMPS.get(name)))
                    .addProperty(DCTerms.license, m.createResource(LICENCE)));
        }
        Property endpointDescription = DCAT.endpointDescription;
        dataset.addProperty(DCAT.distribution, m.createResource()
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessService, m.createResource()
                        .addProperty(RDF.type, DCAT.DataService)
                        .addProperty(DCTerms.title, "SPARQL 1.1 endpoint", "en")
                        .addProperty(DCAT.endpointURL, m.createResource(root + "/sparql"))
                        .addProperty(endpointDescription, m.createResource(root + "/sparql"))
                        .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))));
        ReleaseDescription.addTo(m, dataset, root, Release.current(), Changelog.shipped(), DumpCatalogue.shipped());
        return m.getGraph();
    }
}
