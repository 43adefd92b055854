package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.kzlabour.search.ReconciliationProperty.Kind;

/**
 * The properties offered to reconciliation clients: the graph's own properties where they are what a
 * spreadsheet column holds (a date, a place, a parent organisation), and a few paths through the graph
 * that a spreadsheet states directly but the graph records in steps (a person's organisation through
 * the post they hold, a place's region through {@code kzl:locatedIn}). Every date property has a
 * companion {@code …Precision}, and every property read from one predicate a companion {@code …Source}
 * naming the source documents of the claims about it, so that a fetched fact can be cited.
 */
final class ReconciliationProperties {

    private static final String KZL = "https://w3id.org/kz-labour/ontology#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    private final Map<String, ReconciliationProperty> byId = new LinkedHashMap<>();

    private ReconciliationProperties() {}

    /** The catalogue. */
    static ReconciliationProperties standard() {
        ReconciliationProperties p = new ReconciliationProperties();
        Set<String> all = Set.of("*");
        Set<String> located = Set.of("Place", "Organisation", "Event");
        p.add("altLabel", "alias", "Other names and spellings recorded for the entity", "?s skos:altLabel ?v", Kind.STRING, all, null);
        p.add("labelRu", "name in Russian", "The entity's Russian name", "?s rdfs:label ?v FILTER(langMatches(lang(?v), \"ru\"))", Kind.STRING, all, null);
        p.add("labelKk", "name in Kazakh", "The entity's Kazakh name", "?s rdfs:label ?v FILTER(langMatches(lang(?v), \"kk\"))", Kind.STRING, all, null);
        p.add("wikidata", "Wikidata item", "The QID of the same entity in Wikidata (owl:sameAs, verified links only)",
              "?s owl:sameAs ?v FILTER(STRSTARTS(STR(?v), \"http://www.wikidata.org/entity/Q\"))", Kind.WIKIDATA, all, null);
        p.add("type", "type", "The entity's classes in the ontology", "?s a ?v FILTER(STRSTARTS(STR(?v), \"" + KZL + "\"))", Kind.TYPE_LABEL, all, null);
        p.add("source", "source document", "The documents the entity's description is derived from", "?s prov:wasDerivedFrom ?v", Kind.ENTITY, all, null);

        p.add("locatedIn", "located in", "The place this place lies in", "?s kzl:locatedIn ?v", Kind.ENTITY, Set.of("Place"), KZL + "locatedIn");
        p.add("region", "region", "The region the entity is in, based in or took place in",
              "?s (kzl:locatedIn|kzl:basedIn|kzl:place)/kzl:locatedIn* ?v . ?v a kzl:Region", Kind.ENTITY, located, null);
        p.add("city", "city", "The city the entity is in, based in or took place in",
              "?s (kzl:locatedIn|kzl:basedIn|kzl:place)/kzl:locatedIn* ?v . ?v a kzl:City", Kind.ENTITY, located, null);
        p.add("country", "country", "The country the entity is in, based in or took place in",
              "?s (kzl:locatedIn|kzl:basedIn|kzl:place)/kzl:locatedIn* ?v . ?v a kzl:Country", Kind.ENTITY, located, null);
        p.add("latitude", "latitude", "WGS84 latitude in degrees", "?s geo:lat ?v", Kind.FLOAT, Set.of("Place"), null);
        p.add("longitude", "longitude", "WGS84 longitude in degrees", "?s geo:long ?v", Kind.FLOAT, Set.of("Place"), null);

        p.add("basedIn", "based in", "Where the organisation is based", "?s kzl:basedIn ?v", Kind.ENTITY, Set.of("Organisation"), KZL + "basedIn");
        p.add("organisationType", "organisation type", "What kind of organisation it is (trade union, union branch, company...)",
              "?s a ?v . ?v rdfs:subClassOf+ kzl:Organisation", Kind.TYPE_LABEL, Set.of("Organisation"), null);
        p.add("parentOrganisation", "parent organisation", "The organisation this one is a unit, branch or subsidiary of",
              "?s (org:subOrganizationOf|org:unitOf|kzl:subsidiaryOf) ?v", Kind.ENTITY, Set.of("Organisation"), null);
        p.add("affiliatedWith", "affiliated with", "The organisation this one is affiliated to", "?s kzl:affiliatedWith ?v", Kind.ENTITY, Set.of("Organisation"), KZL + "affiliatedWith");
        p.add("businessActivity", "business activity", "What the company does", "?s kzl:businessActivity ?v", Kind.STRING, Set.of("Organisation"), null);

        p.add("organisation", "organisation", "The organisation the person holds a post in or is a member of",
              "?s (org:holds/org:postIn|org:memberOf) ?v", Kind.ENTITY, Set.of("Person"), null);
        p.add("post", "post", "The post the person holds", "?s org:holds ?v", Kind.ENTITY, Set.of("Person"), ORG + "holds");
        p.add("age", "age", "The person's age as stated in a source", "?s kzl:age ?v", Kind.INTEGER, Set.of("Person"), KZL + "age");

        Set<String> event = Set.of("Event");
        p.date("date", "date", "When the event happened", "kzl:date", "kzl:datePrecision", event);
        p.date("startDate", "start date", "When the event began", "kzl:startDate", "kzl:startDatePrecision", event);
        p.date("endDate", "end date", "When the event ended", "kzl:endDate", "kzl:endDatePrecision", event);
        p.date("ongoingAt", "ongoing at", "A date at which the event was going on", "kzl:ongoingAt", "kzl:ongoingAtPrecision", event);
        p.add("place", "place", "Where the event happened", "?s kzl:place ?v", Kind.ENTITY, event, KZL + "place");
        p.add("participant", "participant", "Who took part", "?s kzl:participant ?v", Kind.ENTITY, event, KZL + "participant");
        p.add("organiser", "organiser", "Who organised the event", "?s kzl:organiser ?v", Kind.ENTITY, event, KZL + "organiser");
        p.add("participantCount", "number of participants", "How many took part, as stated", "?s kzl:participantCount ?v", Kind.INTEGER, event, KZL + "participantCount");
        p.add("deathCount", "number of deaths", "How many died, as stated", "?s kzl:deathCount ?v", Kind.INTEGER, event, KZL + "deathCount");
        p.add("affectedCount", "number of people affected", "How many were affected, as stated", "?s kzl:affectedCount ?v", Kind.INTEGER, event, KZL + "affectedCount");

        p.date("adoptionDate", "adoption date", "When the law was adopted", "kzl:adoptionDate", "kzl:adoptionDatePrecision", Set.of("LegalInstrument"));

        Set<String> source = Set.of("SourceDocument");
        p.date("issued", "publication date", "When the document was published", "dcterms:issued", "kzl:issuedPrecision", source);
        p.add("title", "title", "The document's title", "?s dcterms:title ?v", Kind.STRING, source, null);
        p.add("publisher", "publisher", "Who published the document", "?s dcterms:publisher ?v", Kind.ENTITY, source, DCTERMS + "publisher");
        return p;
    }

    private void date(String id, String name, String description, String predicate, String precision, Set<String> domains) {
        String pattern = "?s " + predicate + " ?v OPTIONAL { ?s " + precision + " ?precision }";
        String predicateIri = predicate.startsWith("kzl:") ? KZL + predicate.substring(4) : DCTERMS + predicate.substring("dcterms:".length());
        add(id, name, description, pattern, Kind.DATE, domains, predicateIri);
        add(id + "Precision", name + " precision", "How precise the " + name + " is: day, month or year", pattern, Kind.PRECISION, domains, null);
    }

    private void add(String id, String name, String description, String pattern, Kind kind, Set<String> domains, String predicate) {
        put(new ReconciliationProperty(id, name, description, pattern, kind, domains, predicate));
        if (predicate != null)
            put(new ReconciliationProperty(id + "Source", name + ": source", "The source documents of the claims about the " + name,
                    "?claim kzl:claimSubject ?s ; kzl:claimProperty <" + predicate + "> ; kzl:statedIn ?v", Kind.ENTITY, domains, null));
    }

    private void put(ReconciliationProperty property) {
        if (byId.putIfAbsent(property.id(), property) != null)
            throw new IllegalStateException("duplicate reconciliation property " + property.id());
    }

    /** The property with this id, or null. */
    ReconciliationProperty get(String id) {
        return byId.get(id);
    }

    List<ReconciliationProperty> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }
}
