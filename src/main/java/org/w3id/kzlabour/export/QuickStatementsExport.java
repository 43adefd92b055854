package org.w3id.kzlabour.export;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kzlabour.vocab.KZL;

/**
 * Gives our sourced facts back to Wikidata as a QuickStatements v1 batch (tab-separated).
 *
 * <p>Two kinds of content: statements about items we link to with a verified QID
 * ({@code owl:sameAs wd:Q…}: their specific class, and for places the region or country they lie
 * in), and a {@code CREATE} block for each event Wikidata lacks (an event
 * whose class matches a specific verified Wikidata class, that has a start, and that has no
 * Wikidata link; today the West Oil Software strike of 2023). The rules, from issue 11:
 * <ul>
 *   <li>only properties and item values on the repository's allow-lists ({@link WikidataAllowList});</li>
 *   <li>every statement carries a reference built from its claim's source (title P1476,
 *       publication date P577; a reference URL only where the source record has one);</li>
 *   <li>the claim's qualifiers go with it: an approximate count keeps its approximation
 *       (sourcing circumstances P1480 = circa), a count that is only a bound is not written as a
 *       figure;</li>
 *   <li>whatever cannot be written under these rules is left out and listed, never guessed.</li>
 * </ul>
 */
public final class QuickStatementsExport {

    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final Property TITLE = ResourceFactory.createProperty(DCT, "title");
    private static final Property ISSUED = ResourceFactory.createProperty(DCT, "issued");
    private static final Property SCHEMA_URL = ResourceFactory.createProperty("https://schema.org/", "url");
    private static final Property DERIVED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom");
    private static final Property CLOSE_MATCH = ResourceFactory.createProperty("http://www.w3.org/2004/02/skos/core#", "closeMatch");
    private static final Property LOCATED_IN = ResourceFactory.createProperty(KZL.NS, "locatedIn");
    private static final Property CLAIM_OBJECT = ResourceFactory.createProperty(KZL.NS, "claimObject");
    private static final Resource APPROXIMATE = ResourceFactory.createResource(KZL.NS + "qualifierApproximate");
    private static final Resource EXACT = ResourceFactory.createResource(KZL.NS + "qualifierExact");

    static final String INSTANCE_OF = "P31";
    static final String COUNTRY = "P17";
    static final String LOCATED_IN_ADMIN = "P131";
    static final String LOCATION = "P276";
    static final String SOURCING_CIRCUMSTANCES = "P1480";
    static final String CIRCA = "Q5727902";
    static final String TITLE_P = "P1476";
    static final String PUBLICATION_DATE = "P577";
    static final String REFERENCE_URL = "P854";

    /** Our classes too general to add as "instance of" to an existing item (Wikidata has better). */
    private static final Set<Resource> GENERIC_CLASSES = Set.of(KZL.Event, KZL.Organisation, KZL.Place, KZL.Agent, KZL.Person);

    /** Dated properties: our property, its precision property, the Wikidata property. */
    private record DateMapping(Property value, Property precision, String wikidata) {}
    private static final List<DateMapping> DATES = List.of(
            new DateMapping(KZL.startDate, KZL.startDatePrecision, "P580"),
            new DateMapping(KZL.endDate, KZL.endDatePrecision, "P582"),
            new DateMapping(KZL.date, KZL.datePrecision, "P585"));

    private static final Map<Property, String> COUNTS = new LinkedHashMap<>();
    static {
        COUNTS.put(KZL.participantCount, "P1132");
        COUNTS.put(ResourceFactory.createProperty(KZL.NS, "deathCount"), "P1120");
        COUNTS.put(ResourceFactory.createProperty(KZL.NS, "injuredCount"), "P1339");
    }

    private static final Map<String, Integer> PRECISIONS = Map.of(TIME + "unitDay", 11, TIME + "unitMonth", 10, TIME + "unitYear", 9);

    /** The batch and what was left out of it (one line each, for stderr). */
    public record Export(List<String> lines, List<String> leftOut) {}

    private final Model model;
    private final WikidataAllowList allow;
    private final List<String> lines = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();
    private final Set<String> written = new HashSet<>();

    private QuickStatementsExport(Graph graph, WikidataAllowList allow) {
        this.model = ModelFactory.createModelForGraph(graph);
        this.allow = allow;
    }

    /** Writes the batch of the dataset's default graph to {@code out} (UTF-8), and what was left out to {@code diagnostics}. */
    public static void write(DatasetGraph dataset, OutputStream out, PrintStream diagnostics) {
        Export export = build(dataset.getDefaultGraph(), WikidataAllowList.shipped());
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        export.lines().forEach(line -> writer.print(line + "\n"));
        writer.flush();
        export.leftOut().forEach(reason -> diagnostics.println("quickstatements: left out: " + reason));
        diagnostics.printf("quickstatements: %d lines written, %d facts left out%n", export.lines().size(), export.leftOut().size());
    }

    public static Export build(Graph graph, WikidataAllowList allow) {
        QuickStatementsExport export = new QuickStatementsExport(graph, allow);
        export.existingItems();
        export.newEvents();
        return new Export(List.copyOf(export.lines), List.copyOf(export.leftOut));
    }

    // ---- what is exported ----------------------------------------------------------------------

    private void existingItems() {
        Map<String, Resource> linked = new TreeMap<>(Comparator.comparingLong((String q) -> Long.parseLong(q.substring(1))));
        for (Statement link : model.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            Optional<String> qid = qid(link.getObject());
            if (link.getSubject().isURIResource() && link.getSubject().getURI().startsWith(KZL.DATA_NS) && qid.isPresent()) {
                if (allow.item(qid.get()))
                    linked.put(qid.get(), link.getSubject());
                else
                    leftOut.add(name(link.getSubject()) + ": linked to " + qid.get() + ", which is not on the verified items list");
            }
        }
        linked.forEach((qid, subject) -> statements(subject, qid, false));
    }

    private void newEvents() {
        List<Resource> events = model.listSubjectsWithProperty(RDF.type, KZL.Event).toList().stream()
                .filter(e -> e.isURIResource() && linkedQid(e).isEmpty()
                        && specificClasses(e).stream().anyMatch(c -> !GENERIC_CLASSES.contains(c)))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource event : events) {
            if (!event.hasProperty(KZL.startDate) && !event.hasProperty(KZL.date)) {
                leftOut.add(name(event) + ": not created on Wikidata, the source gives no start date");
                continue;
            }
            lines.add("CREATE");
            labels(event);
            statements(event, "LAST", true);
        }
    }

    private void labels(Resource event) {
        for (String lang : List.of("en", "ru", "kk")) {
            for (Statement label : event.listProperties(RDFS.label).toList()) {
                if (label.getObject().isLiteral() && lang.equals(label.getLiteral().getLanguage())) {
                    lines.add("LAST\tL" + lang + "\t" + QsValue.string(withoutTrailingParenthesis(label.getString())));
                    break;
                }
            }
        }
    }

    /** "West Oil Software strike, Zhetybai (from 11 December 2023)" → "West Oil Software strike, Zhetybai": dates belong in statements. */
    static String withoutTrailingParenthesis(String label) {
        String text = label.strip();
        if (text.endsWith(")") && text.lastIndexOf(" (") > 0)
            return text.substring(0, text.lastIndexOf(" (")).strip();
        return text;
    }

    /**
     * An existing item gets only what it is (its specific class) and, for a place, where it lies:
     * the circumstances our sources report (a place, a date, a count) describe our events, and
     * written onto an existing item (the COVID-19 pandemic "in Kazakhstan") they would be wrong.
     * A new item gets everything a verified property carries.
     */
    private void statements(Resource subject, String target, boolean isNew) {
        instanceOf(subject, target, isNew);
        if (subject.hasProperty(RDF.type, KZL.Place))
            administrativeParents(subject, target);
        if (!isNew)
            return;
        if (subject.hasProperty(RDF.type, KZL.Event))
            eventPlaces(subject, target);
        for (DateMapping mapping : DATES)
            dates(subject, target, mapping);
        for (Map.Entry<Property, String> count : COUNTS.entrySet())
            counts(subject, target, count.getKey(), count.getValue());
        unmapped(subject);
    }

    private void instanceOf(Resource subject, String target, boolean isNew) {
        for (Resource cls : specificClasses(subject)) {
            if (!isNew && GENERIC_CLASSES.contains(cls))
                continue;
            for (String qid : classQids(cls))
                emit(subject, target, INSTANCE_OF, QsValue.item(qid), List.of(), sources(subject, RDF.type, cls), "instance of (" + name(cls) + ")");
        }
    }

    /** P276 the nearest place with a verified QID (the place itself or one it lies in); P17 its country. */
    private void eventPlaces(Resource event, String target) {
        for (Statement placed : event.listProperties(KZL.place).toList()) {
            if (!placed.getObject().isResource())
                continue;
            Resource place = placed.getResource();
            List<Resource> chain = placeChain(place);
            Optional<Resource> nearest = chain.stream().filter(p -> linkedQid(p).isPresent()).findFirst();
            if (nearest.isEmpty()) {
                leftOut.add(name(event) + ": location " + name(place) + " has no verified Wikidata item, nor any place it lies in");
                continue;
            }
            List<Resource> sources = sources(event, KZL.place, place);
            if (!nearest.get().equals(place))
                leftOut.add(name(event) + ": location " + name(place) + " has no verified Wikidata item, so location is "
                        + name(nearest.get()) + " (" + linkedQid(nearest.get()).get() + "), the nearest place it lies in that has one");
            emit(event, target, LOCATION, linkedQid(nearest.get()).get(), List.of(), sources, "location");
            chain.stream().filter(p -> p.hasProperty(RDF.type, KZL.Country) && linkedQid(p).isPresent()).findFirst()
                    .ifPresent(country -> emit(event, target, COUNTRY, linkedQid(country).get(), List.of(), sources, "country"));
        }
    }

    private void administrativeParents(Resource place, String target) {
        for (Statement parent : place.listProperties(LOCATED_IN).toList()) {
            if (!parent.getObject().isResource())
                continue;
            Optional<String> qid = linkedQid(parent.getResource());
            if (qid.isEmpty()) {
                leftOut.add(name(place) + ": lies in " + name(parent.getResource()) + ", which has no verified Wikidata item");
                continue;
            }
            emit(place, target, LOCATED_IN_ADMIN, qid.get(), List.of(), sources(place, LOCATED_IN, parent.getResource()), "located in");
        }
    }

    private void dates(Resource subject, String target, DateMapping mapping) {
        for (Statement dated : subject.listProperties(mapping.value()).toList()) {
            Integer precision = precisionOf(subject.getProperty(mapping.precision()));
            if (precision == null || !dated.getObject().isLiteral()) {
                leftOut.add(name(subject) + ": " + localName(mapping.value()) + " without a day, month or year precision");
                continue;
            }
            emit(subject, target, mapping.wikidata(), QsValue.time(dated.getLiteral().getLexicalForm(), precision), List.of(),
                 sources(subject, mapping.value(), null), localName(mapping.value()));
        }
    }

    /** Each claim of a count is its own statement, with its qualifier and its source; without claims, the plain value. */
    private void counts(Resource subject, String target, Property ours, String wikidata) {
        List<Resource> claims = claims(subject, ours, null).stream().filter(c -> c.hasProperty(KZL.quantity)).toList();
        if (claims.isEmpty()) {
            for (Statement count : subject.listProperties(ours).toList())
                if (count.getObject().isLiteral())
                    emit(subject, target, wikidata, QsValue.quantity(new BigDecimal(count.getLiteral().getLexicalForm())), List.of(),
                         sources(subject, ours, null), localName(ours));
            return;
        }
        for (Resource claim : claims) {
            String figure = claim.getProperty(KZL.quantity).getLiteral().getLexicalForm();
            Resource qualifier = claim.hasProperty(KZL.valueQualifier) ? claim.getPropertyResourceValue(KZL.valueQualifier) : EXACT;
            List<QuickStatement.Pair> qualifiers;
            if (EXACT.equals(qualifier)) {
                qualifiers = List.of();
            } else if (APPROXIMATE.equals(qualifier)) {
                qualifiers = List.of(new QuickStatement.Pair(SOURCING_CIRCUMSTANCES, CIRCA));
            } else {
                leftOut.add(name(subject) + ": " + localName(ours) + " " + figure + " is " + localName(qualifier)
                        + " in its source (claim " + name(claim) + "); a Wikidata quantity cannot say that without inventing bounds");
                continue;
            }
            emit(subject, target, wikidata, QsValue.quantity(new BigDecimal(figure)), qualifiers, statedIn(claim),
                 localName(ours) + " (claim " + name(claim) + ")");
        }
    }

    /** Lists our facts about a new item that no verified Wikidata property carries. */
    private void unmapped(Resource subject) {
        Set<Property> handled = new HashSet<>(Set.of(RDF.type, RDFS.label, RDFS.comment, DERIVED_FROM, KZL.place));
        DATES.forEach(d -> { handled.add(d.value()); handled.add(d.precision()); });
        handled.addAll(COUNTS.keySet());
        Set<String> predicates = new LinkedHashSet<>();
        for (Statement s : subject.listProperties().toList())
            if (!handled.contains(s.getPredicate()) && !s.getPredicate().getLocalName().endsWith("Precision"))
                predicates.add(localName(s.getPredicate()));
        for (String predicate : predicates)
            leftOut.add(name(subject) + ": " + predicate + " has no verified Wikidata property (or its values no verified items)");
    }

    // ---- one statement ---------------------------------------------------------------------------

    private void emit(Resource subject, String target, String property, String value, List<QuickStatement.Pair> qualifiers,
                      List<Resource> sources, String what) {
        String fact = name(subject) + ": " + what;
        if (!allow.property(property)) {
            leftOut.add(fact + ": property " + property + " is not on the verified properties list");
            return;
        }
        for (QuickStatement.Pair q : qualifiers) {
            if (!allow.property(q.property()) || (isItem(q.value()) && !allow.item(q.value()))) {
                leftOut.add(fact + ": its qualifier " + q.property() + " " + q.value() + " is not verified, so the statement would lose it");
                return;
            }
        }
        if (isItem(value) && !allow.item(value)) {
            leftOut.add(fact + ": value " + value + " is not on the verified items list");
            return;
        }
        List<List<QuickStatement.Pair>> references = new ArrayList<>();
        for (Resource source : sources) {
            List<QuickStatement.Pair> reference = reference(source);
            if (!reference.isEmpty())
                references.add(reference);
        }
        if (references.isEmpty()) {
            leftOut.add(fact + ": no source with a title or publication date to reference");
            return;
        }
        String line = new QuickStatement(target, property, value, qualifiers, references).line();
        if (written.add(line))
            lines.add(line);
    }

    /** Title (P1476), publication date (P577) and, where the record has one, URL (P854) of a source document. */
    private List<QuickStatement.Pair> reference(Resource source) {
        List<QuickStatement.Pair> pairs = new ArrayList<>();
        Statement title = source.getProperty(TITLE);
        if (title != null && title.getObject().isLiteral() && !title.getLiteral().getLanguage().isEmpty() && allow.property(TITLE_P))
            pairs.add(new QuickStatement.Pair(TITLE_P, QsValue.monolingual(title.getLiteral().getLanguage(), title.getString())));
        Statement issued = source.getProperty(ISSUED);
        Integer precision = precisionOf(source.getProperty(KZL.issuedPrecision));
        if (issued != null && issued.getObject().isLiteral() && precision != null && allow.property(PUBLICATION_DATE))
            pairs.add(new QuickStatement.Pair(PUBLICATION_DATE, QsValue.time(issued.getLiteral().getLexicalForm(), precision)));
        Statement url = source.getProperty(SCHEMA_URL);
        if (url != null && url.getObject().isURIResource() && allow.property(REFERENCE_URL))
            pairs.add(new QuickStatement.Pair(REFERENCE_URL, QsValue.string(url.getResource().getURI())));
        return pairs;
    }

    // ---- reading the graph -------------------------------------------------------------------------

    /** The sources of a fact: the documents its claims are stated in, or else those the subject is derived from. */
    private List<Resource> sources(Resource subject, Property property, Resource object) {
        Set<Resource> sources = new LinkedHashSet<>();
        for (Resource claim : claims(subject, property, object))
            sources.addAll(statedIn(claim));
        if (sources.isEmpty())
            subject.listProperties(DERIVED_FROM).forEach(s -> { if (s.getObject().isResource()) sources.add(s.getResource()); });
        return sources.stream().sorted(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : "")).toList();
    }

    private List<Resource> claims(Resource subject, Property property, Resource object) {
        return model.listSubjectsWithProperty(KZL.claimSubject, subject).toList().stream()
                .filter(c -> c.hasProperty(KZL.claimProperty, property))
                .filter(c -> object == null || !c.hasProperty(CLAIM_OBJECT) || c.hasProperty(CLAIM_OBJECT, object))
                .sorted(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : ""))
                .toList();
    }

    private static List<Resource> statedIn(Resource claim) {
        return claim.listProperties(KZL.statedIn).toList().stream()
                .filter(s -> s.getObject().isResource()).map(Statement::getResource)
                .sorted(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : "")).toList();
    }

    /** The subject's classes that match a verified Wikidata class, without those a more specific one of them implies. */
    private List<Resource> specificClasses(Resource subject) {
        List<Resource> mapped = subject.listProperties(RDF.type).toList().stream()
                .filter(s -> s.getObject().isURIResource()).map(Statement::getResource)
                .filter(c -> !classQids(c).isEmpty()).distinct().toList();
        return mapped.stream()
                .filter(c -> mapped.stream().noneMatch(other -> !other.equals(c) && subClassOf(other, c)))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private List<String> classQids(Resource cls) {
        List<String> qids = new ArrayList<>();
        for (Statement match : cls.listProperties(CLOSE_MATCH).toList())
            qid(match.getObject()).filter(allow::item).ifPresent(qids::add);
        return qids;
    }

    private boolean subClassOf(Resource sub, Resource sup) {
        Deque<Resource> todo = new ArrayDeque<>(List.of(sub));
        Set<Resource> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Resource next = todo.pop();
            if (!seen.add(next))
                continue;
            for (Statement s : next.listProperties(RDFS.subClassOf).toList()) {
                if (s.getObject().equals(sup))
                    return true;
                if (s.getObject().isResource())
                    todo.push(s.getResource());
            }
        }
        return false;
    }

    /** The place and the places it lies in, nearest first. */
    private static List<Resource> placeChain(Resource place) {
        List<Resource> chain = new ArrayList<>();
        Resource current = place;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            current = current.getPropertyResourceValue(LOCATED_IN);
        }
        return chain;
    }

    private Optional<String> linkedQid(Resource subject) {
        return subject.listProperties(OWL.sameAs).toList().stream()
                .map(s -> qid(s.getObject())).flatMap(Optional::stream).filter(allow::item).sorted().findFirst();
    }

    private static Optional<String> qid(RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(WikidataAllowList.ENTITY_NS)) {
            String local = node.asResource().getURI().substring(WikidataAllowList.ENTITY_NS.length());
            if (local.matches("Q[1-9][0-9]*"))
                return Optional.of(local);
        }
        return Optional.empty();
    }

    private static Integer precisionOf(Statement precision) {
        if (precision == null || !precision.getObject().isURIResource())
            return null;
        return PRECISIONS.get(precision.getResource().getURI());
    }

    private static boolean isItem(String value) {
        return value.matches("Q[1-9][0-9]*");
    }

    private static String name(Resource resource) {
        if (resource.isURIResource() && resource.getURI().startsWith(KZL.DATA_NS))
            return resource.getURI().substring(KZL.DATA_NS.length());
        return resource.isURIResource() ? localName(resource) : resource.toString();
    }

    private static String localName(Resource resource) {
        String uri = resource.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return uri.substring(cut + 1);
    }

}
