package org.w3id.kzlabour.publish;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The prefixes of the graph's vocabulary contract, declared once for every RDF answer, the query
 * editor and the fixed queries of the publishing pages.
 */
public final class Prefixes {

    public static final String KZL = "https://w3id.org/kz-labour/ontology#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SCHEMA = "https://schema.org/";

    private static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("kzl", KZL);
        STANDARD.put("kzd", "https://w3id.org/kz-labour/id/");
        STANDARD.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        STANDARD.put("rdfs", RDFS);
        STANDARD.put("owl", OWL);
        STANDARD.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        STANDARD.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        STANDARD.put("org", "http://www.w3.org/ns/org#");
        STANDARD.put("prov", "http://www.w3.org/ns/prov#");
        STANDARD.put("time", TIME);
        STANDARD.put("skos", SKOS);
        STANDARD.put("dcterms", DCTERMS);
        STANDARD.put("schema", SCHEMA);
        STANDARD.put("foaf", "http://xmlns.com/foaf/0.1/");
        STANDARD.put("eli", "http://data.europa.eu/eli/ontology#");
        STANDARD.put("geo", GEO);
        STANDARD.put("wd", "http://www.wikidata.org/entity/");
    }

    private Prefixes() {}

    /** Prefix name to namespace, in a stable order. */
    public static Map<String, String> standard() {
        return STANDARD;
    }

    /** The standard prefixes, with {@code kzd:} following the public base. */
    public static PrefixMap forBase(PublicBase base) {
        PrefixMap map = PrefixMapFactory.create(STANDARD);
        map.add("kzd", base.idNamespace());
        return map;
    }

    /** The standard prefixes as SPARQL PREFIX lines. */
    public static String sparqlPrologue() {
        StringBuilder text = new StringBuilder();
        STANDARD.forEach((prefix, ns) -> text.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return text.toString();
    }
}
