package org.w3id.kzlabour.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The HTML page of one resource, rendered on the server from its description graph: name and
 * types in the reader's language, its properties with human labels and links, an evidence panel
 * with every claim about it (value, qualifier, claimant, status, source, quoted sentence), the
 * links that point at it, an event's neighbours on the timeline and its place, a place's position
 * on an inline map, and a schema.org JSON-LD island. Every piece of data is escaped.
 */
public final class EntityPage {

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String KZL = Prefixes.KZL;
    private static final Set<String> NAME_PROPERTIES = Set.of(Prefixes.RDFS + "label", Prefixes.SKOS + "altLabel");
    private static final Node CLAIM_SUBJECT = NodeFactory.createURI(KZL + "claimSubject");

    private final Graph graph;
    private final Node subject;
    private final String lang;
    private final String langSuffix;
    private final PublicBase base;

    private EntityPage(Graph graph, Node subject, String lang, boolean explicitLang, PublicBase base) {
        this.graph = graph;
        this.subject = subject;
        this.lang = lang;
        this.langSuffix = explicitLang ? "?lang=" + lang : "";
        this.base = base;
    }

    /**
     * Renders the page.
     *
     * @param superTypes the resource's classes with their superclasses (for the schema.org type and the event/place parts)
     * @param pageUrl    the absolute URL of this page, for the JSON-LD island
     */
    public static String render(Graph graph, String iri, String lang, boolean explicitLang, PublicBase base,
                                Set<String> superTypes, SiteStatistics.Figures figures, String pageUrl) {
        return new EntityPage(graph, NodeFactory.createURI(iri), lang, explicitLang, base).render(superTypes, figures, pageUrl);
    }

    private String render(Set<String> superTypes, SiteStatistics.Figures figures, String pageUrl) {
        String title = Labels.of(graph, subject, lang);
        StringBuilder body = new StringBuilder(8192);
        body.append("<article class=\"entity\" data-iri=\"").append(HtmlText.escape(subject.getURI())).append("\">\n");
        body.append("<h1>").append(HtmlText.escape(title)).append("</h1>\n");
        body.append("<p class=\"iri\">").append(HtmlText.escape(subject.getURI())).append("</p>\n");
        types(body);
        tools(body);
        boolean isEvent = superTypes.contains(KZL + "Event");
        if (isEvent)
            eventSummary(body, figures);
        if (superTypes.contains(KZL + "Place"))
            map(body, figures, subject.getURI(), "Location");
        names(body);
        properties(body);
        evidence(body);
        incoming(body);
        body.append(CitationBlock.entityHtml(base, graph, subject));
        body.append("</article>\n");
        String island = SchemaOrgIsland.build(graph, subject, superTypes, pageUrl);
        String head = "<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">\n"
                    + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">\n"
                    + "<script type=\"application/ld+json\">\n" + island + "\n</script>";
        return PageLayout.page(lang, title, head, body.toString());
    }

    private void types(StringBuilder body) {
        List<String> types = new ArrayList<>();
        for (Node type : objects(subject, RDF_TYPE))
            if (type.isURI())
                types.add(link(type));
        if (!types.isEmpty())
            body.append("<p class=\"types\">").append(String.join(" · ", types)).append("</p>\n");
    }

    private void tools(StringBuilder body) {
        body.append("<div class=\"tools\">");
        for (String code : Language.SUPPORTED) {
            String name = switch (code) { case "ru" -> "Русский"; case "kk" -> "Қазақша"; default -> "English"; };
            if (code.equals(lang))
                body.append("<span class=\"current\" lang=\"").append(code).append("\">").append(name).append("</span>");
            else
                body.append("<a lang=\"").append(code).append("\" href=\"?lang=").append(code).append("\">").append(name).append("</a>");
        }
        for (DocumentFormat format : List.of(DocumentFormat.TURTLE, DocumentFormat.NTRIPLES, DocumentFormat.JSONLD, DocumentFormat.RDFXML))
            body.append("<a href=\"?format=").append(format.shortName()).append("\">").append(format.shortName()).append("</a>");
        String describe = "DESCRIBE <" + subject.getURI() + ">";
        body.append("<a class=\"open-query\" href=\"/query#query=")
            .append(HtmlText.escape(URLEncoder.encode(describe, StandardCharsets.UTF_8).replace("+", "%20")))
            .append("\">Open in query editor</a>");
        body.append("</div>\n");
    }

    private void eventSummary(StringBuilder body, SiteStatistics.Figures figures) {
        body.append("<section class=\"event\"><h2>When and where</h2>\n<table>");
        for (String[] row : List.of(new String[] {"date", "Date"}, new String[] {"startDate", "Start"}, new String[] {"endDate", "End"},
                                    new String[] {"ongoingAt", "Still going on at"}))
            for (Node value : objects(subject, KZL + row[0]))
                body.append("<tr><th>").append(row[1]).append("</th><td>").append(value(subject, KZL + row[0], value)).append("</td></tr>");
        List<Node> places = objects(subject, KZL + "place");
        for (Node place : places)
            body.append("<tr><th>Place</th><td>").append(value(subject, KZL + "place", place)).append("</td></tr>");
        body.append("</table>\n");
        List<SiteStatistics.DatedEvent> timeline = figures.timeline();
        int at = -1;
        for (int i = 0; i < timeline.size(); i++)
            if (timeline.get(i).iri().equals(subject.getURI()))
                at = i;
        if (at >= 0) {
            body.append("<h3>On the timeline</h3>\n<ol class=\"timeline\">");
            for (int i = Math.max(0, at - 2); i <= Math.min(timeline.size() - 1, at + 2); i++) {
                SiteStatistics.DatedEvent event = timeline.get(i);
                String label = event.label(lang).isEmpty() ? Labels.localName(NodeFactory.createURI(event.iri())) : event.label(lang);
                body.append(i == at ? "<li class=\"current\">" : "<li>")
                    .append("<span class=\"when\">").append(HtmlText.escape(DateText.format(event.date(), event.precision()))).append("</span> ")
                    .append(i == at ? HtmlText.escape(label) : HtmlText.link(base.href(event.iri()) + langSuffix, label))
                    .append("</li>");
            }
            body.append("</ol>\n");
        } else {
            body.append("<p class=\"muted\">The sources give no date for this event.</p>\n");
        }
        for (Node place : places)
            if (place.isURI())
                map(body, figures, place.getURI(), "Place of the event");
        body.append("</section>\n");
    }

    /** An inline SVG map (equirectangular over the graph's places): works offline, needs no tiles. */
    private void map(StringBuilder body, SiteStatistics.Figures figures, String placeIri, String caption) {
        SiteStatistics.PlacePoint here = figures.places().stream().filter(p -> p.iri().equals(placeIri)).findFirst().orElse(null);
        if (here == null)
            return;
        double minLon = 46, maxLon = 88, minLat = 40, maxLat = 56;   // Kazakhstan
        minLon = Math.min(minLon, here.lon() - 2); maxLon = Math.max(maxLon, here.lon() + 2);
        minLat = Math.min(minLat, here.lat() - 2); maxLat = Math.max(maxLat, here.lat() + 2);
        double width = 600;
        double scale = width / (maxLon - minLon);
        double aspect = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double height = (maxLat - minLat) * scale / aspect;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(java.util.Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">",
                width, height, HtmlText.escape(caption)));
        for (int lon = (int) Math.ceil(minLon / 5) * 5; lon <= maxLon; lon += 5) {
            double x = (lon - minLon) * scale;
            svg.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#cfd8e3\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#7a8699\">%d°E</text>",
                    x, x, height, x + 2, height - 4, lon));
        }
        for (int lat = (int) Math.ceil(minLat / 5) * 5; lat <= maxLat; lat += 5) {
            double y = (maxLat - lat) * scale / aspect;
            svg.append(String.format(java.util.Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#cfd8e3\"/><text x=\"2\" y=\"%.1f\" font-size=\"10\" fill=\"#7a8699\">%d°N</text>",
                    y, width, y, y - 2, lat));
        }
        for (SiteStatistics.PlacePoint p : figures.places()) {
            if (p.lon() < minLon || p.lon() > maxLon || p.lat() < minLat || p.lat() > maxLat || p == here)
                continue;
            svg.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#9aa7b8\"><title>%s</title></circle>",
                    (p.lon() - minLon) * scale, (maxLat - p.lat()) * scale / aspect, HtmlText.escape(p.label(lang))));
        }
        double x = (here.lon() - minLon) * scale, y = (maxLat - here.lat()) * scale / aspect;
        svg.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#c0392b\" stroke=\"#fff\" stroke-width=\"2\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" fill=\"#1d2330\">%s</text>",
                x, y, x + 9, y + 4, HtmlText.escape(here.label(lang))));
        svg.append("</svg>");
        body.append("<figure class=\"map\">").append(svg).append("<figcaption>").append(HtmlText.escape(caption)).append(": ")
            .append(HtmlText.escape(here.label(lang)))
            .append(String.format(java.util.Locale.ROOT, " (%.3f° N, %.3f° E; grey dots: other places of the graph)", here.lat(), here.lon()))
            .append("</figcaption></figure>\n");
    }

    private void names(StringBuilder body) {
        List<String> names = new ArrayList<>();
        for (String property : NAME_PROPERTIES)
            for (Node name : objects(subject, property))
                if (name.isLiteral())
                    names.add(HtmlText.escape(name.getLiteralLexicalForm()) + langTag(name));
        if (names.size() > 1)
            body.append("<section class=\"names\"><h2>Names</h2><p>").append(String.join(" · ", names)).append("</p></section>\n");
    }

    private void properties(StringBuilder body) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        Map<String, Node> predicates = new LinkedHashMap<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.equals(RDF_TYPE) || NAME_PROPERTIES.contains(p) || isPrecision(p))
                return;
            String key = Labels.of(graph, t.getPredicate(), lang).toLowerCase(java.util.Locale.ROOT) + " " + p;
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
            predicates.put(key, t.getPredicate());
        });
        if (byProperty.isEmpty())
            return;
        body.append("<section class=\"properties\"><h2>Properties</h2>\n<table>\n");
        byProperty.forEach((key, values) -> {
            Node predicate = predicates.get(key);
            values.sort(Comparator.comparing(Node::toString));
            body.append("<tr><th>").append(link(predicate)).append("</th><td>");
            if (values.size() == 1) {
                body.append(value(subject, predicate.getURI(), values.get(0)));
            } else {
                body.append("<ul>");
                for (Node v : values)
                    body.append("<li>").append(value(subject, predicate.getURI(), v)).append("</li>");
                body.append("</ul>");
            }
            body.append("</td></tr>\n");
        });
        body.append("</table></section>\n");
    }

    private void evidence(StringBuilder body) {
        List<Node> claims = new ArrayList<>();
        graph.find(Node.ANY, CLAIM_SUBJECT, subject).forEachRemaining(t -> claims.add(t.getSubject()));
        claims.sort(Comparator.comparing(Node::toString));
        body.append("<section class=\"evidence\" id=\"evidence\"><h2>Evidence (").append(claims.size()).append(claims.size() == 1 ? " claim" : " claims").append(")</h2>\n");
        if (claims.isEmpty())
            body.append("<p class=\"muted\">No claim in the graph is about this resource.</p>\n");
        for (Node claim : claims) {
            body.append("<div class=\"claim\" data-claim=\"").append(HtmlText.escape(claim.toString())).append("\">");
            body.append("<dl>");
            row(body, "About", claim, "claimProperty");
            StringBuilder value = new StringBuilder();
            for (Node q : objects(claim, KZL + "quantity"))
                value.append(HtmlText.escape(q.getLiteralLexicalForm())).append(' ');
            for (Node q : objects(claim, KZL + "quantityText"))
                value.append("(“").append(HtmlText.escape(q.getLiteralLexicalForm())).append("”) ");
            for (Node o : objects(claim, KZL + "claimObject"))
                value.append(value(claim, KZL + "claimObject", o)).append(' ');
            for (Node o : objects(claim, KZL + "claimText"))
                value.append(HtmlText.escape(o.getLiteralLexicalForm())).append(' ');
            if (!value.isEmpty())
                body.append("<dt>Value</dt><dd class=\"value\">").append(value.toString().strip()).append("</dd>");
            row(body, "Qualifier", claim, "valueQualifier");
            row(body, "Claimant", claim, "claimant");
            List<Node> status = objects(claim, KZL + "claimStatus");
            if (!status.isEmpty())
                body.append("<dt>Status</dt><dd><span class=\"status\">").append(HtmlText.escape(Labels.of(graph, status.get(0), lang))).append("</span></dd>");
            row(body, "Source", claim, "statedIn");
            row(body, "Stated on", claim, "claimDate");
            body.append("<dt>Claim</dt><dd>").append(link(claim)).append("</dd>");
            body.append("</dl>");
            for (Node quote : objects(claim, KZL + "quote"))
                body.append("<blockquote class=\"quote\">").append(HtmlText.escape(quote.getLiteralLexicalForm())).append("</blockquote>");
            body.append("</div>\n");
        }
        body.append("</section>\n");
    }

    private void row(StringBuilder body, String heading, Node claim, String kzlProperty) {
        List<Node> values = objects(claim, KZL + kzlProperty);
        if (values.isEmpty())
            return;
        body.append("<dt>").append(heading).append("</dt><dd>");
        List<String> parts = new ArrayList<>();
        for (Node v : values)
            parts.add(value(claim, KZL + kzlProperty, v));
        body.append(String.join("; ", parts)).append("</dd>");
    }

    private void incoming(StringBuilder body) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        Map<String, Node> predicates = new LinkedHashMap<>();
        graph.find(Node.ANY, Node.ANY, subject).forEachRemaining(t -> {
            if (t.getPredicate().equals(CLAIM_SUBJECT) || t.getSubject().equals(subject))
                return;
            String key = Labels.of(graph, t.getPredicate(), lang).toLowerCase(java.util.Locale.ROOT) + " " + t.getPredicate().getURI();
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getSubject());
            predicates.put(key, t.getPredicate());
        });
        if (byProperty.isEmpty())
            return;
        body.append("<section class=\"incoming\"><h2>Linked from</h2>\n<table>\n");
        byProperty.forEach((key, subjects) -> {
            subjects.sort(Comparator.comparing(Node::toString));
            body.append("<tr><th>").append(link(predicates.get(key))).append(" of</th><td><ul>");
            for (Node s : subjects)
                body.append("<li>").append(s.isURI() ? link(s) : "(unnamed)").append("</li>");
            body.append("</ul></td></tr>\n");
        });
        body.append("</table></section>\n");
    }

    /** One value of a property, as markup: a link for an IRI, a date at its precision, text with its language. */
    private String value(Node owner, String property, Node value) {
        if (value.isURI())
            return link(value);
        if (value.isBlank()) {
            List<String> parts = new ArrayList<>();
            graph.find(value, Node.ANY, Node.ANY).forEachRemaining((Triple t) ->
                    parts.add(link(t.getPredicate()) + ": " + (t.getObject().isBlank() ? "…" : value(value, t.getPredicate().getURI(), t.getObject()))));
            return parts.isEmpty() ? "(unnamed)" : String.join("; ", parts);
        }
        String lexical = value.getLiteralLexicalForm();
        if (XSDDatatype.XSDdate.getURI().equals(value.getLiteralDatatypeURI())) {
            String precision = precisionOf(owner, property);
            return "<time datetime=\"" + HtmlText.escape(lexical) + "\">" + HtmlText.escape(DateText.format(lexical, precision)) + "</time>";
        }
        return HtmlText.escape(lexical) + langTag(value);
    }

    /** The precision of a date property: kzl:date → kzl:datePrecision, dcterms:issued → kzl:issuedPrecision. */
    private String precisionOf(Node owner, String property) {
        String local = Labels.localName(NodeFactory.createURI(property));
        List<Node> units = objects(owner, KZL + local + "Precision");
        return units.isEmpty() || !units.get(0).isURI() ? null : units.get(0).getURI();
    }

    private static boolean isPrecision(String property) {
        return property.startsWith(KZL) && property.endsWith("Precision");
    }

    private String link(Node node) {
        if (!node.isURI())
            return "(unnamed)";
        String iri = node.getURI();
        String local = base.localPath(iri);
        String href = local == null ? iri : local.startsWith("/id/") ? local + langSuffix : local;
        return HtmlText.link(href, Labels.of(graph, node, lang));
    }

    private static String langTag(Node literal) {
        String tag = literal.getLiteralLanguage();
        return tag.isEmpty() ? "" : "<span class=\"lang\">" + HtmlText.escape(tag) + "</span>";
    }

    private List<Node> objects(Node s, String property) {
        List<Node> values = new ArrayList<>();
        graph.find(s, NodeFactory.createURI(property), Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        return values;
    }
}
