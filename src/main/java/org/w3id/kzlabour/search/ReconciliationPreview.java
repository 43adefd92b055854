package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.List;

import org.w3id.kzlabour.publish.PageTemplates;
import org.w3id.kzlabour.server.HttpError;

/**
 * The HTML preview of an entity (Reconciliation API 0.2, "Preview Service") that OpenRefine shows in
 * a small frame when a user hovers a candidate: name, kind, other names, where it is, key dates and
 * the Wikidata item, with a link to the full entity page. The markup is {@code preview.jte}.
 */
final class ReconciliationPreview {

    static final int WIDTH = 430;
    static final int HEIGHT = 180;
    private static final String[] FACTS = {"region", "city", "country", "basedIn", "parentOrganisation", "organisation", "place",
                                           "date", "startDate", "endDate", "adoptionDate", "issued", "wikidata"};

    private final ReconciliationGraph graph;
    private final ReconciliationIds ids;
    private final ReconciliationProperties catalogue;

    ReconciliationPreview(ReconciliationGraph graph, ReconciliationIds ids, ReconciliationProperties catalogue) {
        this.graph = graph;
        this.ids = ids;
        this.catalogue = catalogue;
    }

    /** The preview page of an entity id; 404 for an id that is not one of ours. */
    String render(String id, String root) {
        if (id == null || id.isBlank())
            throw HttpError.badRequest("'id' is required, e.g. /reconcile/preview?id=place/zhanaozen");
        String iri = ids.entityIri(id.strip());
        if (iri == null || !graph.describes(iri))
            throw new HttpError(404, "no entity with id '" + ReconciliationQuery.clip(id) + "'");
        List<ReconciliationGraph.Name> names = graph.names(iri);
        String name = ReconciliationGraph.preferredName(names, iri);
        List<String> types = graph.types(iri);
        String kind = ReconciliationDescriptions.describe(graph, types, name, null);
        List<String> other = new ArrayList<>();
        for (ReconciliationGraph.Name n : names)
            if (!n.text().equals(name) && !other.contains(n.text()) && !n.kind().equals("title"))
                other.add(n.text());
        List<PreviewPage.Fact> facts = new ArrayList<>();
        for (String propertyId : FACTS)
            fact(facts, iri, catalogue.get(propertyId));
        return PageTemplates.render("preview.jte", new PreviewPage(name, root + "/id/" + ids.entityId(iri), kind,
                String.join(", ", other.subList(0, Math.min(8, other.size()))), facts));
    }

    private void fact(List<PreviewPage.Fact> facts, String iri, ReconciliationProperty property) {
        List<String> shown = new ArrayList<>();
        for (ReconciliationGraph.Value value : graph.values(iri, property)) {
            var cell = ReconciliationValues.cell(value, property, ids, graph, false);
            if (cell == null)
                continue;
            String text = cell.hasKey("name") ? cell.getString("name") : cell.hasKey("str") ? cell.getString("str") : null;
            if (text != null && !shown.contains(text))
                shown.add(text);
        }
        if (!shown.isEmpty())
            facts.add(new PreviewPage.Fact(property.name(), String.join(", ", shown)));
    }
}
