package org.w3id.kzlabour.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One QuickStatements v1 statement line: subject (a QID or {@code LAST}), property, value, then
 * qualifier pairs ({@code P…}) and reference groups ({@code S…}; a second group starts with
 * {@code !S…}). Values are already in QuickStatements syntax ({@link QsValue}).
 */
record QuickStatement(String subject, String property, String value, List<Pair> qualifiers, List<List<Pair>> references) {

    /** A property and a value in QuickStatements syntax. */
    record Pair(String property, String value) {}

    String line() {
        List<String> cols = new ArrayList<>(List.of(subject, property, value));
        for (Pair q : qualifiers) {
            cols.add(q.property());
            cols.add(q.value());
        }
        for (int group = 0; group < references.size(); group++) {
            List<Pair> reference = references.get(group);
            for (int i = 0; i < reference.size(); i++) {
                String prefix = group > 0 && i == 0 ? "!S" : "S";
                cols.add(prefix + reference.get(i).property().substring(1));
                cols.add(reference.get(i).value());
            }
        }
        return String.join("\t", cols);
    }
}
