package org.w3id.kzlabour.search;

import java.util.regex.Pattern;

import org.w3id.kzlabour.publish.PublicBase;

/**
 * The identifiers the reconciliation service speaks: an entity's id is its IRI relative to the
 * identifier space ({@code place/zhanaozen} for {@code https://w3id.org/kz-labour/id/place/zhanaozen}),
 * a type's or property's id its IRI relative to the schema space ({@code Person}). Short ids keep the
 * view template {@code /id/{{id}}} working (OpenRefine inserts the id with {@code encodeURI}, which keeps
 * the slash), and full IRIs are accepted wherever an id is read.
 */
final class ReconciliationIds {

    /** What an entity id may contain: the path characters the graph's IRIs use, and nothing that needs escaping. */
    private static final Pattern ENTITY_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~/-]{0,300}");
    private static final Pattern TERM = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,100}");

    private final PublicBase base;

    ReconciliationIds(PublicBase base) {
        this.base = base;
    }

    String identifierSpace() { return base.idNamespace(); }

    String schemaSpace() { return base.ontologyNamespace(); }

    /** The id of an entity IRI: relative when under the identifier space, else the IRI itself. */
    String entityId(String iri) {
        String space = identifierSpace();
        return iri.startsWith(space) && iri.length() > space.length() ? iri.substring(space.length()) : iri;
    }

    /** The IRI an entity id stands for, or null when it is not a well-formed id of ours. */
    String entityIri(String id) {
        if (id == null)
            return null;
        String space = identifierSpace();
        String path = id.startsWith(space) ? id.substring(space.length()) : id;
        if (!ENTITY_PATH.matcher(path).matches() || path.contains("//") || path.contains("/../") || path.startsWith("../"))
            return null;
        return space + path;
    }

    /** The id of a type or property IRI: its local name in the schema space, else the IRI itself. */
    String termId(String iri) {
        String space = schemaSpace();
        return iri.startsWith(space) ? iri.substring(space.length()) : iri;
    }

    /** The IRI a type or property id stands for ({@code Person}, {@code kzl:Person} or a full IRI), or null. */
    String termIri(String id) {
        if (id == null)
            return null;
        String local = id.startsWith("kzl:") ? id.substring(4) : id;
        if (TERM.matcher(local).matches())
            return schemaSpace() + local;
        if ((id.startsWith("http://") || id.startsWith("https://")) && id.length() < 500 && id.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"'))
            return id;
        return null;
    }
}
