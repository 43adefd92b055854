package org.w3id.kzlabour.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the terms of the Kazakhstan labour-rights ontology ({@code kzl:}) that Java code uses.
 *
 * <p>Why: Java code that builds or checks the graph should not spell IRIs by hand, where a typo goes
 * unnoticed until a query returns nothing. Only terms declared in {@code ontology/kz-labour.ttl} belong
 * here; a test checks every constant against the ontology. Add a constant when code needs the term.
 */
public final class KZL {

    /** The ontology IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/kz-labour/ontology";

    /** The term namespace. */
    public static final String NS = ONTOLOGY_IRI + "#";

    /** The namespace of instance data. */
    public static final String DATA_NS = "https://w3id.org/kz-labour/id/";

    /** The preferred prefix of the term namespace. */
    public static final String PREFIX = "kzl";

    private KZL() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

    // Classes

    public static final Resource Agent = resource("Agent");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource TradeUnion = resource("TradeUnion");
    public static final Resource UnionBranch = resource("UnionBranch");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource LegalInstrument = resource("LegalInstrument");
    public static final Resource Event = resource("Event");
    public static final Resource Strike = resource("Strike");
    public static final Resource CourtDecision = resource("CourtDecision");
    public static final Resource Statement = resource("Statement");
    public static final Resource Claim = resource("Claim");
    public static final Resource SourceDocument = resource("SourceDocument");

    // Properties

    public static final Property date = property("date");
    public static final Property datePrecision = property("datePrecision");
    public static final Property startDate = property("startDate");
    public static final Property startDatePrecision = property("startDatePrecision");
    public static final Property endDate = property("endDate");
    public static final Property endDatePrecision = property("endDatePrecision");
    public static final Property undatedReason = property("undatedReason");
    public static final Property place = property("place");
    public static final Property participant = property("participant");
    public static final Property subEventOf = property("subEventOf");
    public static final Property participantCount = property("participantCount");
    public static final Property claimSubject = property("claimSubject");
    public static final Property claimProperty = property("claimProperty");
    public static final Property quantity = property("quantity");
    public static final Property quantityText = property("quantityText");
    public static final Property valueQualifier = property("valueQualifier");
    public static final Property claimObject = property("claimObject");
    public static final Property claimText = property("claimText");
    public static final Property claimant = property("claimant");
    public static final Property statedIn = property("statedIn");
    public static final Property quote = property("quote");
    public static final Property claimStatus = property("claimStatus");
    public static final Property claimDate = property("claimDate");
    public static final Property claimDatePrecision = property("claimDatePrecision");
    public static final Property sourceKind = property("sourceKind");
    public static final Property issuedPrecision = property("issuedPrecision");
    public static final Property precisionOf = property("precisionOf");
    public static final Property wikidataConfidence = property("wikidataConfidence");

    // Concept schemes and concepts

    public static final Resource ValueQualifierScheme = resource("ValueQualifierScheme");
    public static final Resource ClaimStatusScheme = resource("ClaimStatusScheme");
    public static final Resource SourceKindScheme = resource("SourceKindScheme");
    public static final Resource qualifierExact = resource("qualifierExact");
    public static final Resource qualifierApproximate = resource("qualifierApproximate");
    public static final Resource qualifierAtLeast = resource("qualifierAtLeast");
    public static final Resource qualifierAtMost = resource("qualifierAtMost");
    public static final Resource qualifierVague = resource("qualifierVague");
    public static final Resource statusReported = resource("statusReported");
    public static final Resource statusAlleged = resource("statusAlleged");
    public static final Resource statusOfficialPosition = resource("statusOfficialPosition");
    public static final Resource statusDisputed = resource("statusDisputed");
}
