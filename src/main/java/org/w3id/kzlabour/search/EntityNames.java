package org.w3id.kzlabour.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the graph says about one candidate's names and types, read from the store (all its graphs)
 * when a search ranks it: the index only proposes candidates, the graph decides.
 *
 * @param names  every label and alias, labels first
 * @param labels display labels by language tag ("" for a name without one)
 * @param types  {@code rdf:type} IRIs
 */
record EntityNames(List<Name> names, Map<String, String> labels, List<String> types) {

    /** One name as written, with its language and whether it is a label or an alias. */
    record Name(String text, String lang, NameMatcher.Role role) {}

    static EntityNames read(DatasetGraph data, Node subject) {
        List<Name> names = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node property : NameProperties.all()) {
            NameMatcher.Role role = NameProperties.roleOf(property);
            Iterator<Quad> quads = data.find(Node.ANY, subject, property, Node.ANY);
            while (quads.hasNext()) {
                Node o = quads.next().getObject();
                if (!o.isLiteral())
                    continue;
                String text = o.getLiteralLexicalForm();
                String lang = o.getLiteralLanguage();
                if (!seen.add(role + "\u0000" + lang + "\u0000" + text))
                    continue;
                names.add(new Name(text, lang, role));
                if (role == NameMatcher.Role.LABEL)
                    labels.putIfAbsent(lang, text);
            }
        }
        return new EntityNames(names, labels, typesOf(data, subject));
    }

    static List<String> typesOf(DatasetGraph data, Node subject) {
        Set<String> types = new LinkedHashSet<>();
        Iterator<Quad> quads = data.find(Node.ANY, subject, NameProperties.TYPE, Node.ANY);
        while (quads.hasNext()) {
            Node o = quads.next().getObject();
            if (o.isURI())
                types.add(o.getURI());
        }
        return List.copyOf(types);
    }
}
