package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The release part of the dataset description: which release the served graph is, with DCAT 3's
 * versioning terms ({@code dcat:version}, {@code dcat:hasCurrentVersion}, {@code dcat:hasVersion},
 * {@code dcat:isVersionOf}, {@code dcat:previousVersion}) and {@code prov:wasRevisionOf} between
 * release IRIs; and for every file under {@code /dumps/} its byte size and SHA-256 (SPDX checksum),
 * so a user can prove which bytes a result was computed from. The changes since the previous
 * release are linked as an RDF Patch and summarised from the changelog ({@code adms:versionNotes}).
 */
public final class ReleaseDescription {

    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    /** The RDF Patch format's description (it has no IANA registration to point at). */
    public static final String RDF_PATCH_SPEC = "https://jena.apache.org/documentation/rdf-patch/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";

    private ReleaseDescription() {}

    /**
     * Adds the release facts to the dataset's description, and size and checksum to every distribution
     * already in the model whose download URL is a file under {@code root/dumps/}.
     */
    public static void addTo(Model m, Resource dataset, String root, Release release, Changelog changelog, DumpCatalogue dumps) {
        m.setNsPrefix("spdx", SPDX).setNsPrefix("prov", PROV).setNsPrefix("adms", ADMS);
        Property version = m.createProperty(DCAT.NS, "version");
        Resource current = m.createResource(release.iri());
        dataset.addProperty(version, release.version())
               .addLiteral(DCTerms.issued, date(m, release.firstDate().toString()))
               .addLiteral(DCTerms.modified, date(m, release.date().toString()))
               .addProperty(m.createProperty(DCAT.NS, "hasCurrentVersion"), current)
               .addProperty(m.createProperty(DCAT.NS, "hasVersion"), current);
        current.addProperty(RDF.type, DCAT.Dataset)
               .addProperty(DCTerms.title, DatasetDescription.TITLE + ", release " + release.version(), "en")
               .addProperty(version, release.version())
               .addLiteral(DCTerms.issued, date(m, release.date().toString()))
               .addProperty(m.createProperty(DCAT.NS, "isVersionOf"), dataset)
               .addProperty(DCTerms.license, m.createResource(DatasetDescription.LICENCE));
        Changelog.Entry notes = changelog.release(release.version());
        if (notes != null)
            current.addProperty(m.createProperty(ADMS, "versionNotes"), String.join("\n", notes.items()), "en");
        List<Resource> served = servedDistributions(m, root);
        for (Resource distribution : served)
            current.addProperty(DCAT.distribution, distribution);
        if (release.previousVersion() != null)
            addPrevious(m, dataset, current, root, release, dumps);
        for (Resource distribution : served)
            addFileFacts(m, distribution, fileName(distribution, root), dumps);
    }

    private static void addPrevious(Model m, Resource dataset, Resource current, String root, Release release, DumpCatalogue dumps) {
        Resource previous = m.createResource(release.previousIri())
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, DatasetDescription.TITLE + ", release " + release.previousVersion(), "en")
                .addProperty(m.createProperty(DCAT.NS, "version"), release.previousVersion())
                .addLiteral(DCTerms.issued, date(m, release.previousDate().toString()))
                .addProperty(m.createProperty(DCAT.NS, "isVersionOf"), dataset)
                .addProperty(DCTerms.license, m.createResource(DatasetDescription.LICENCE));
        dataset.addProperty(m.createProperty(DCAT.NS, "hasVersion"), previous);
        current.addProperty(m.createProperty(DCAT.NS, "previousVersion"), previous)
               .addProperty(m.createProperty(PROV, "wasRevisionOf"), previous);
        Resource oldDump = m.createResource()
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Release " + release.previousVersion() + " as N-Quads (gzip)", "en")
                .addProperty(DCAT.downloadURL, m.createResource(root + "/dumps/" + release.previousDumpFileName()))
                .addProperty(DCAT.mediaType, m.createResource(IANA + "application/n-quads"))
                .addProperty(m.createProperty(DCAT.NS, "compressFormat"), m.createResource(IANA + DumpServlet.GZIP))
                .addProperty(DCTerms.license, m.createResource(DatasetDescription.LICENCE));
        previous.addProperty(DCAT.distribution, oldDump);
        addFileFacts(m, oldDump, release.previousDumpFileName(), dumps);
        Resource patch = m.createResource(root + "/dumps/" + release.patchFileName())
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Changes from release " + release.previousVersion() + " to " + release.version() + " (RDF Patch)", "en")
                .addProperty(DCTerms.description, "Every triple removed (D) and added (A) between the two releases; applied to the N-Quads dump of "
                        + release.previousVersion() + " read with its blank node labels kept, it gives the graph of " + release.version() + ".", "en")
                .addProperty(DCAT.downloadURL, m.createResource(root + "/dumps/" + release.patchFileName()))
                .addProperty(DCTerms.format, DumpServlet.RDF_PATCH)
                .addProperty(DCTerms.conformsTo, m.createResource(RDF_PATCH_SPEC))
                .addProperty(m.createProperty(PROV, "wasDerivedFrom"), previous)
                .addProperty(m.createProperty(PROV, "wasDerivedFrom"), current);
        current.addProperty(RDFS.seeAlso, patch);
        addFileFacts(m, patch, release.patchFileName(), dumps);
    }

    /** The distributions of the model whose download URL is a file under {@code root/dumps/}. */
    private static List<Resource> servedDistributions(Model m, String root) {
        List<Resource> served = new ArrayList<>();
        for (Statement s : m.listStatements(null, DCAT.downloadURL, (Resource) null).toList())
            if (s.getObject().isURIResource() && fileName(s.getSubject(), root) != null)
                served.add(s.getSubject());
        return served;
    }

    private static String fileName(Resource distribution, String root) {
        Statement url = distribution.getProperty(DCAT.downloadURL);
        String prefix = root + "/dumps/";
        if (url == null || !url.getObject().isURIResource() || !url.getResource().getURI().startsWith(prefix))
            return null;
        return url.getResource().getURI().substring(prefix.length());
    }

    private static void addFileFacts(Model m, Resource distribution, String name, DumpCatalogue dumps) {
        DumpCatalogue.File file = name == null ? null : dumps.get(name);
        if (file == null || distribution.hasProperty(DCAT.byteSize))
            return;
        distribution.addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(file.byteSize()), XSDDatatype.XSDnonNegativeInteger));
        distribution.addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                .addLiteral(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(file.sha256(), XSDDatatype.XSDhexBinary)));
    }

    private static Literal date(Model m, String isoDate) {
        return m.createTypedLiteral(isoDate, XSDDatatype.XSDdate);
    }
}
