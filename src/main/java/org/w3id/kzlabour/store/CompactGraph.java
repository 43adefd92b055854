package org.w3id.kzlabour.store;

import java.util.Arrays;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read-only, dictionary-encoded graph for serving a release: the data cannot change while it is
 * served, so it is held as sorted id arrays instead of Jena's hash-indexed {@code GraphMem}.
 *
 * <p>Why: Jena's in-memory graph holds about a kilobyte per triple (three hash indexes of triple
 * objects) and its {@code find} filters a subject's triples by predicate one by one. Here every
 * distinct term is one {@link Node} object with an integer id ({@link NodeDictionary}); the triples
 * are kept once, in subject-predicate-object order, as one {@link Triple} array (so a match
 * allocates nothing) and three id arrays; two permutations of that order give predicate-object-subject
 * and object-subject-predicate access. Each order has a start offset per id, so the first bound term
 * of a pattern is one array read and the second a binary search inside a short range.
 *
 * <p>Equality is Jena's term equality ({@link Node#equals}), as in {@code GraphMem2}. Any change
 * ({@code add}, {@code delete}) is refused by {@link GraphBase}'s defaults.
 */
public final class CompactGraph extends GraphBase {

    private final NodeDictionary dictionary;
    private final Triple[] triples;
    private final int[] subjects;
    private final int[] predicates;
    private final int[] objects;
    private final int[] subjectStart;
    private final int[] byPredicate;
    private final int[] predicateStart;
    private final int[] byObject;
    private final int[] objectStart;

    private CompactGraph(NodeDictionary dictionary, int[] subjects, int[] predicates, int[] objects) {
        this.dictionary = dictionary;
        this.subjects = subjects;
        this.predicates = predicates;
        this.objects = objects;
        int size = subjects.length;
        int ids = dictionary.size();
        this.triples = new Triple[size];
        for (int i = 0; i < size; i++)
            triples[i] = Triple.create(dictionary.node(subjects[i]), dictionary.node(predicates[i]), dictionary.node(objects[i]));
        this.subjectStart = starts(subjects, ids);
        int[] identity = identity(size);
        // The positions are in subject order already; stable counting sorts add the other keys in front.
        this.byPredicate = CountingSort.stable(CountingSort.stable(identity, objects, ids), predicates, ids);
        this.predicateStart = starts(predicates, ids);
        this.byObject = CountingSort.stable(identity, objects, ids);
        this.objectStart = starts(objects, ids);
    }

    /** Builds the graph from id triples in any order, possibly repeated (a graph is a set: repeats are dropped). */
    static CompactGraph of(NodeDictionary dictionary, int[] s, int[] p, int[] o, int count) {
        int ids = dictionary.size();
        int[] order = identity(count);
        order = CountingSort.stable(order, o, ids);
        order = CountingSort.stable(order, p, ids);
        order = CountingSort.stable(order, s, ids);
        int[] subjects = new int[count];
        int[] predicates = new int[count];
        int[] objects = new int[count];
        int size = 0;
        for (int position : order) {
            if (size > 0 && subjects[size - 1] == s[position] && predicates[size - 1] == p[position] && objects[size - 1] == o[position])
                continue;
            subjects[size] = s[position];
            predicates[size] = p[position];
            objects[size] = o[position];
            size++;
        }
        return new CompactGraph(dictionary, Arrays.copyOf(subjects, size), Arrays.copyOf(predicates, size), Arrays.copyOf(objects, size));
    }

    /** The dictionary of terms this graph's ids refer to (shared by the graphs of one dataset). */
    public NodeDictionary dictionary() {
        return dictionary;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return match(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
        return match(s, p, o);
    }

    private ExtendedIterator<Triple> match(Node s, Node p, Node o) {
        int sid = idOf(s);
        int pid = idOf(p);
        int oid = idOf(o);
        if (sid == MISSING || pid == MISSING || oid == MISSING)
            return NiceIterator.emptyIterator();
        IdRange range = new IdRange();
        seek(sid, pid, oid, range);
        return new Range(range.positions, range.from, range.to);
    }

    /** Where the matches of a pattern of ids lie: SPO positions {@code positions[from..to)}, or {@code from..to} when positions is null. */
    static final class IdRange {
        int[] positions;
        int from;
        int to;
    }

    /**
     * Finds the triples matching ids {@code s, p, o} ({@link #ANY} for a wildcard): every one of the
     * eight shapes has an order in which its matches are one contiguous range, so no match needs checking.
     */
    void seek(int sid, int pid, int oid, IdRange range) {
        if (sid >= 0) {
            if (pid < 0 && oid >= 0) {
                int from = objectStart[oid];
                int to = objectStart[oid + 1];
                int lo = lowerBound(subjects, byObject, from, to, sid);
                set(range, byObject, lo, lowerBound(subjects, byObject, lo, to, sid + 1));
                return;
            }
            int from = subjectStart[sid];
            int to = subjectStart[sid + 1];
            if (pid >= 0) {
                int lo = lowerBound(predicates, null, from, to, pid);
                to = lowerBound(predicates, null, lo, to, pid + 1);
                from = lo;
                if (oid >= 0) {
                    lo = lowerBound(objects, null, from, to, oid);
                    to = lowerBound(objects, null, lo, to, oid + 1);
                    from = lo;
                }
            }
            set(range, null, from, to);
            return;
        }
        if (pid >= 0) {
            int from = predicateStart[pid];
            int to = predicateStart[pid + 1];
            if (oid >= 0) {
                int lo = lowerBound(objects, byPredicate, from, to, oid);
                to = lowerBound(objects, byPredicate, lo, to, oid + 1);
                from = lo;
            }
            set(range, byPredicate, from, to);
            return;
        }
        if (oid >= 0)
            set(range, byObject, objectStart[oid], objectStart[oid + 1]);
        else
            set(range, null, 0, triples.length);
    }

    private static void set(IdRange range, int[] positions, int from, int to) {
        range.positions = positions;
        range.from = from;
        range.to = to;
    }

    /** Subject, predicate (1) or object (2) id of the triple at an SPO position. */
    int idAt(int slot, int position) {
        return slot == 0 ? subjects[position] : slot == 1 ? predicates[position] : objects[position];
    }

    static final int ANY = -1;
    static final int MISSING = -2;

    /** A pattern term's id: {@link #ANY} for a wildcard or variable, {@link #MISSING} for a term not in this graph. */
    int idOf(Node node) {
        if (node == null || !node.isConcrete())
            return ANY;
        int id = dictionary.id(node);
        return id < 0 || id >= subjectStart.length - 1 ? MISSING : id;
    }

    /** First position in [from, to) whose key (through {@code positions} when given) is at least {@code key}. */
    private static int lowerBound(int[] keys, int[] positions, int from, int to, int key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int k = keys[positions == null ? mid : positions[mid]];
            if (k < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        ExtendedIterator<Triple> it = graphBaseFind(t);
        try {
            return it.hasNext();
        } finally {
            it.close();
        }
    }

    @Override
    protected int graphBaseSize() {
        return triples.length;
    }

    private static int[] identity(int size) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++)
            positions[i] = i;
        return positions;
    }

    /** Offsets by id into an order sorted by {@code keys} (given in that order's sequence): id k spans [starts[k], starts[k+1]). */
    private static int[] starts(int[] keysInOrder, int ids) {
        int[] starts = new int[ids + 1];
        for (int key : keysInOrder)
            starts[key + 1]++;
        for (int k = 0; k < ids; k++)
            starts[k + 1] += starts[k];
        return starts;
    }

    /** The triples of one index range, read in place. */
    private final class Range extends NiceIterator<Triple> {
        private final int[] positions;
        private int next;
        private final int end;

        Range(int[] positions, int from, int to) {
            this.positions = positions;
            this.next = from;
            this.end = to;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        public Triple next() {
            if (next >= end)
                return noElements("no more triples");
            int at = next++;
            return triples[positions == null ? at : positions[at]];
        }
    }
}
