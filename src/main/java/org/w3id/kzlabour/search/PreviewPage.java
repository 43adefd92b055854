package org.w3id.kzlabour.search;

import java.util.List;

/**
 * The model of {@code preview.jte}, the reconciliation preview OpenRefine shows in a small frame:
 * the entity's name, its page, its kind ("" for none), its other names ("" for none) and its key facts.
 */
public record PreviewPage(String name, String href, String kind, String also, List<Fact> facts) {

    /** A fact: the property's name and the values shown, joined. */
    public record Fact(String property, String values) {}
}
