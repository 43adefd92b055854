package org.w3id.kzlabour.publish;

import java.util.Locale;

/**
 * The public IRI namespace the server answers for, and the mapping between those IRIs and the
 * server's own paths.
 *
 * <p>The graph's IRIs live under {@code https://w3id.org/kz-labour/}; w3id redirects them to
 * wherever the server runs. A request for {@code /id/event/x} is therefore about the IRI
 * {@code BASE + "id/event/x"}, whatever host the request came to, and a page links an IRI under
 * the base to its local path so that navigation also works on a server that w3id does not point at.
 */
public final class PublicBase {

    /** The graph's public namespace when no {@code --base} is given. */
    public static final String DEFAULT = "https://w3id.org/kz-labour/";

    /** The ontology's IRI: the vocabulary is the same whichever base the instance data is served under. */
    public static final String ONTOLOGY = "https://w3id.org/kz-labour/ontology";

    private final String base;

    public PublicBase(String base) {
        String b = base.strip();
        if (!b.startsWith("http://") && !b.startsWith("https://"))
            throw new IllegalArgumentException("base must be an http(s) URL: " + base);
        if (b.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '\\' || c == '^' || c == '`' || c == '|'))
            throw new IllegalArgumentException("base is not a valid IRI: " + base);
        this.base = b.endsWith("/") ? b : b + "/";
    }

    public static PublicBase standard() {
        return new PublicBase(DEFAULT);
    }

    /** The base IRI, ending in a slash; also the IRI of the dataset itself. */
    public String iri() { return base; }

    /** IRI of the ontology, as declared in the ontology file; the vocabulary keeps it whatever the base. */
    public String ontologyIri() { return ONTOLOGY; }

    /** Namespace of the ontology's terms. */
    public String ontologyNamespace() { return ONTOLOGY + "#"; }

    /** Namespace of the instance data. */
    public String idNamespace() { return base + "id/"; }

    /** The IRI a validated local path (starting with {@code /}) stands for. */
    public String iriForPath(String path) {
        return base + path.substring(1);
    }

    /**
     * The local path (with fragment for ontology terms) at which this server answers for an IRI,
     * or null when the IRI is not under the base.
     */
    public String localPath(String iri) {
        if (iri.startsWith(idNamespace()) && iri.length() > idNamespace().length())
            return "/" + iri.substring(base.length());
        if (iri.equals(ontologyIri()))
            return "/ontology";
        if (iri.startsWith(ontologyNamespace()))
            return "/ontology#" + iri.substring(ontologyNamespace().length());
        if (iri.equals(base))
            return "/";
        return null;
    }

    /** A link target for an IRI: the local page for IRIs under the base, the IRI itself otherwise. */
    public String href(String iri) {
        String local = localPath(iri);
        return local != null ? local : iri;
    }

    @Override
    public String toString() { return base.toLowerCase(Locale.ROOT); }
}
