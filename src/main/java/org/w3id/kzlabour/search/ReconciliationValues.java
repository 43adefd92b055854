package org.w3id.kzlabour.search;

import java.math.BigDecimal;

import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.kzlabour.search.ReconciliationGraph.Value;

/**
 * How a property value of the graph is written for a client and read for comparison. Dates keep the
 * precision the graph records: a date known to the month is {@code 2011-12}, not the first of December.
 */
final class ReconciliationValues {

    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private ReconciliationValues() {}

    /** {@code day}, {@code month} or {@code year} for a {@code time:unit…} node, else null. */
    static String precisionWord(Node precision) {
        if (precision == null || !precision.isURI())
            return null;
        return switch (precision.getURI().replace(TIME, "")) {
            case "unitDay" -> "day";
            case "unitMonth" -> "month";
            case "unitYear" -> "year";
            default -> null;
        };
    }

    /** An ISO date cut to its precision: {@code 2011}, {@code 2011-12} or {@code 2011-12-16}. */
    static String dateAtPrecision(String lexical, Node precision) {
        String word = precisionWord(precision);
        int dash = lexical.indexOf('-', lexical.startsWith("-") ? 1 : 0);
        if ("year".equals(word) && dash > 0)
            return lexical.substring(0, dash);
        if ("month".equals(word) && dash > 0 && lexical.length() >= dash + 3)
            return lexical.substring(0, dash + 3);
        return lexical.length() >= 10 && dash > 0 ? lexical.substring(0, Math.min(lexical.length(), dash + 6)) : lexical;
    }

    /** The QID of a Wikidata entity IRI, or null. */
    static String qid(Node node) {
        if (node.isURI() && node.getURI().startsWith(WIKIDATA_ENTITY)) {
            String qid = node.getURI().substring(WIKIDATA_ENTITY.length());
            if (qid.matches("Q[1-9][0-9]*"))
                return qid;
        }
        return null;
    }

    /**
     * The data-extension cell for a value ({@code {id, name}}, {@code {str}}, {@code {int}}, {@code {float}}
     * or {@code {date}}), or null when the value is not of the property's kind.
     *
     * @param dateTimes write dates as OpenRefine date-times (first instant of the period) instead of text at their precision
     */
    static JsonObject cell(Value value, ReconciliationProperty property, ReconciliationIds ids, ReconciliationGraph graph, boolean dateTimes) {
        Node node = value.node();
        JsonObject cell = new JsonObject();
        switch (property.kind()) {
            case ENTITY -> {
                if (!node.isURI())
                    return null;
                cell.put("id", ids.entityId(node.getURI()));
                cell.put("name", graph.name(node.getURI()));
            }
            case TYPE_LABEL -> {
                if (!node.isURI())
                    return null;
                ReconciliationGraph.ClassInfo info = graph.classInfo(node.getURI());
                cell.put("str", info != null ? info.label() : ids.termId(node.getURI()));
            }
            case WIKIDATA -> {
                String qid = qid(node);
                if (qid == null)
                    return null;
                cell.put("str", qid);
            }
            case DATE -> {
                if (!node.isLiteral())
                    return null;
                String lexical = node.getLiteralLexicalForm();
                if (dateTimes && isDate(node))
                    cell.put("date", dateAtPrecisionStart(lexical, value.precision()) + "T00:00:00Z");
                else
                    cell.put("str", dateAtPrecision(lexical, value.precision()));
            }
            case PRECISION -> {
                String word = precisionWord(value.precision());
                if (word == null)
                    return null;
                cell.put("str", word);
            }
            case INTEGER -> {
                Number number = number(node);
                if (number == null)
                    return null;
                if (number instanceof BigDecimal d && d.stripTrailingZeros().scale() > 0)
                    cell.put("float", JsonNumber.value(d));
                else
                    cell.put("int", number.longValue());
            }
            case FLOAT -> {
                Number number = number(node);
                if (number == null)
                    return null;
                cell.put("float", JsonNumber.value(number.doubleValue()));
            }
            case STRING -> {
                if (!node.isLiteral())
                    return null;
                cell.put("str", node.getLiteralLexicalForm());
            }
        }
        return cell;
    }

    private static boolean isDate(Node node) {
        return XSDDatatype.XSDdate.getURI().equals(node.getLiteralDatatypeURI()) && node.getLiteralLexicalForm().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    }

    /** The first day of the period a date stands for at its precision (2011-12 for month precision is 2011-12-01). */
    private static String dateAtPrecisionStart(String lexical, Node precision) {
        String cut = dateAtPrecision(lexical, precision);
        return cut.length() == 4 ? cut + "-01-01" : cut.length() == 7 ? cut + "-01" : cut;
    }

    /** The number a literal holds, or null. */
    static Number number(Node node) {
        if (!node.isLiteral())
            return null;
        try {
            return new BigDecimal(node.getLiteralLexicalForm().strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
