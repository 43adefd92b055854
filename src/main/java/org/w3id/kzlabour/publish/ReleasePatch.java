package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

/**
 * The RDF Patch from one release's graph to the next, so a user can see exactly which triples a
 * release added and removed, and bring a copy of the old release up to date.
 *
 * <p>Blank nodes (the SHACL shapes have hundreds) have no name that survives parsing, so they are
 * compared as "molecules": a set of blank nodes linked to each other together with every quad that
 * touches them. A molecule of the new graph that is isomorphic to one of the old is unchanged and
 * left out of the patch; any other old molecule is deleted, any other new one added. The patch
 * names old blank nodes by the labels written in the old release's N-Quads dump, so it applies to
 * that dump when it is read with its labels kept ({@link #readDump}); RDF Patch treats blank node
 * labels as identifiers.
 */
public final class ReleasePatch {

    /** What changed, in a fixed order (sorted by the quads' text). */
    public record Diff(List<Quad> deleted, List<Quad> added) {
        public boolean isEmpty() { return deleted.isEmpty() && added.isEmpty(); }
    }

    private ReleasePatch() {}

    /** Reads a release dump (N-Quads, gzip-compressed) keeping the blank node labels as written, as the patch names them. */
    public static DatasetGraph readDump(InputStream gzippedNquads) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(gzippedNquads)) {
            RDFParser.source(in).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(dataset);
        }
        return dataset;
    }

    /** The changes that turn {@code before} into a dataset isomorphic to {@code after}. */
    public static Diff diff(DatasetGraph before, DatasetGraph after) {
        Set<Quad> beforeGround = new HashSet<>(), afterGround = new HashSet<>();
        List<Quad> beforeBlank = new ArrayList<>(), afterBlank = new ArrayList<>();
        split(before, beforeGround, beforeBlank);
        split(after, afterGround, afterBlank);
        List<Quad> deleted = new ArrayList<>(), added = new ArrayList<>();
        for (Quad q : beforeGround)
            if (!afterGround.contains(q))
                deleted.add(q);
        for (Quad q : afterGround)
            if (!beforeGround.contains(q))
                added.add(q);
        Map<String, List<List<Quad>>> unmatched = new HashMap<>();
        for (List<Quad> molecule : molecules(beforeBlank))
            unmatched.computeIfAbsent(signature(molecule), k -> new ArrayList<>()).add(molecule);
        for (List<Quad> molecule : molecules(afterBlank)) {
            List<List<Quad>> candidates = unmatched.getOrDefault(signature(molecule), List.of());
            List<Quad> twin = candidates.stream().filter(c -> isomorphic(c, molecule)).findFirst().orElse(null);
            if (twin != null)
                candidates.remove(twin);
            else
                added.addAll(molecule);
        }
        unmatched.values().forEach(rest -> rest.forEach(deleted::addAll));
        Comparator<Quad> order = Comparator.comparing(Quad::toString);
        deleted.sort(order);
        added.sort(order);
        return new Diff(deleted, added);
    }

    /**
     * Writes the diff as an RDF Patch (text): a header naming this patch after the release it leads to
     * (no {@code prev}: the first release has no patch), then one transaction with the deletions and the additions.
     */
    public static void write(Diff diff, Release release, OutputStream out) {
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        writer.start();
        writer.header("id", NodeFactory.createURI(release.iri() + "/patch"));
        writer.txnBegin();
        for (Quad q : diff.deleted())
            writer.delete(graphOf(q), q.getSubject(), q.getPredicate(), q.getObject());
        for (Quad q : diff.added())
            writer.add(graphOf(q), q.getSubject(), q.getPredicate(), q.getObject());
        writer.txnCommit();
        writer.finish();
        writer.close();
    }

    /** The default graph is written as a triple line (no graph term), as RDF Patch readers expect. */
    private static Node graphOf(Quad q) {
        return q.isDefaultGraph() ? null : q.getGraph();
    }

    private static void split(DatasetGraph dataset, Set<Quad> ground, List<Quad> withBlank) {
        dataset.find().forEachRemaining(q -> {
            if (q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank())
                withBlank.add(q);
            else
                ground.add(q);
        });
    }

    /** Groups quads with blank nodes into molecules: blank nodes joined by a quad fall in one molecule. */
    private static List<List<Quad>> molecules(List<Quad> quads) {
        Map<Node, Node> parent = new HashMap<>();
        for (Quad q : quads) {
            Node first = null;
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (!n.isBlank())
                    continue;
                parent.putIfAbsent(n, n);
                if (first == null)
                    first = n;
                else
                    union(parent, first, n);
            }
        }
        Map<Node, List<Quad>> byRoot = new LinkedHashMap<>();
        for (Quad q : quads) {
            Node blank = q.getSubject().isBlank() ? q.getSubject() : q.getObject().isBlank() ? q.getObject() : q.getGraph();
            byRoot.computeIfAbsent(find(parent, blank), k -> new ArrayList<>()).add(q);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static Node find(Map<Node, Node> parent, Node n) {
        Node root = n;
        while (!parent.get(root).equals(root))
            root = parent.get(root);
        while (!parent.get(n).equals(root)) {
            Node next = parent.get(n);
            parent.put(n, root);
            n = next;
        }
        return root;
    }

    private static void union(Map<Node, Node> parent, Node a, Node b) {
        Node ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb))
            parent.put(rb, ra);
    }

    /** The molecule's quads with every blank node written as {@code _:}, sorted: equal for isomorphic molecules. */
    private static String signature(List<Quad> molecule) {
        List<String> lines = new ArrayList<>(molecule.size());
        for (Quad q : molecule)
            lines.add(text(q.getGraph()) + " " + text(q.getSubject()) + " " + text(q.getPredicate()) + " " + text(q.getObject()));
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static String text(Node n) {
        return n.isBlank() ? "_:" : n.toString();
    }

    private static boolean isomorphic(List<Quad> a, List<Quad> b) {
        return a.size() == b.size() && IsoMatcher.isomorphicTuples(tuples(a), tuples(b));
    }

    private static List<Tuple<Node>> tuples(List<Quad> quads) {
        List<Tuple<Node>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads)
            tuples.add(TupleFactory.create4(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        return tuples;
    }
}
