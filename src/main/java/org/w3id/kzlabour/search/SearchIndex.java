package org.w3id.kzlabour.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one search engine of the server: a Lucene index of the graph's names, built through
 * jena-text, so the same index answers {@link #search} (for {@code /search} and {@code /reconcile})
 * and SPARQL's {@code text:query} on {@link #dataset()}.
 *
 * <p>Construction: {@link #inMemory} for the shipped graph and {@code --data} files (built at
 * start-up), {@link #onDisk} for a TDB2 database (kept beside it in {@link #besideStore}, reused
 * while its {@link IndexMarker} says it is current, rebuilt otherwise). The store is read-only
 * while served, so the index is written once and then only read.
 *
 * <p>Each name (label or alias) is one Lucene document: the entity IRI, the name (analysed by
 * {@link NameAnalyzer}), its language and the entity's types. The index proposes candidates; the
 * ranking ({@link NameMatcher}) is decided on the names the graph holds for each candidate.
 */
public final class SearchIndex implements EntitySearch, AutoCloseable {

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 500;
    /** Most hits one search returns. */
    public static final int MAX_LIMIT = 100;

    static final String FIELD_ENTITY = "uri";
    static final String FIELD_NAME = "name";
    static final String FIELD_LANG = "lang";
    static final String FIELD_TYPES = "types";
    /** The entity IRI again, as doc values: what a search reads for each hit. */
    static final String FIELD_ENTITY_VALUES = "uri_dv";

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int CANDIDATE_DOCS = 200;
    private static final int CANDIDATE_ENTITIES = 80;
    private static final int MAX_QUERY_WORDS = 12;

    private final DatasetGraph data;
    private final boolean transactional;
    private final TextIndexLucene textIndex;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int names;
    private final boolean builtNow;

    private SearchIndex(DatasetGraph data, boolean transactional, TextIndexLucene textIndex, int names) throws IOException {
        this.data = data;
        this.transactional = transactional;
        this.textIndex = textIndex;
        // text:query finds the index through the dataset's context, so ARQ runs on the served dataset
        // itself. Jena's DatasetGraphText wrapper is for datasets that change (it indexes added quads);
        // ours cannot, and the wrapper answers getDefaultGraph() with a GraphView over its own quad
        // find, which hides the store's own graph (and its find) from ARQ behind a quad-to-triple copy.
        data.getContext().set(TextQuery.textIndex, textIndex);
        this.reader = DirectoryReader.open(textIndex.getDirectory());
        this.searcher = new IndexSearcher(reader);
        this.names = names >= 0 ? names : reader.numDocs();
        this.builtNow = names >= 0;
    }

    /** Builds the index in memory over {@code data} (the shipped graph, {@code --data} files, a test graph). */
    public static SearchIndex inMemory(DatasetGraph data, boolean transactional) {
        try {
            TextIndexLucene index = new NameIndex(new ByteBuffersDirectory(), config());
            int count = build(data, transactional, index);
            return new SearchIndex(data, transactional, index, count);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot build the search index", ex);
        }
    }

    /** Where the index of the TDB2 database in {@code storeDir} is kept: the sibling folder {@code DIR.search-index}. */
    public static Path besideStore(Path storeDir) {
        Path absolute = storeDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".search-index");
    }

    /**
     * Opens the index kept beside a TDB2 database, building it first when it is absent, older than
     * the store, or made by another analyzer or name key.
     */
    public static SearchIndex onDisk(DatasetGraph data, Path storeDir) {
        Path indexDir = besideStore(storeDir);
        IndexMarker marker = IndexMarker.current();
        try {
            boolean fresh = marker.isFresh(indexDir, storeDir);
            if (!fresh) {
                deleteTree(indexDir);
                Files.createDirectories(indexDir);
            }
            Directory directory = FSDirectory.open(indexDir);
            TextIndexLucene index = new NameIndex(directory, config());
            int count = -1;
            if (fresh) {
                LOG.info("Search index {} is current; reusing it", indexDir);
            } else {
                count = build(data, true, index);
                marker.write(indexDir);
            }
            return new SearchIndex(data, true, index, count);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot open or build the search index at " + indexDir, ex);
        }
    }

    /** The served dataset, with the index in its context: run SPARQL on this one for {@code text:query}. */
    public DatasetGraph dataset() {
        return data;
    }

    /** Whether this index was built when opened (always in memory; on disk when it was absent or stale). */
    public boolean builtNow() {
        return builtNow;
    }

    /** How many names (documents) the index holds. */
    public int size() {
        return names;
    }

    @Override
    public List<SearchHit> search(String text, Set<String> types, int limit) {
        if (text == null)
            throw new IllegalArgumentException("No query text");
        if (text.length() > MAX_QUERY_LENGTH)
            throw new IllegalArgumentException("Query longer than " + MAX_QUERY_LENGTH + " characters");
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        NameMatcher.Query query = new NameMatcher.Query(text);
        if (query.isEmpty())
            return List.of();
        Query exact = candidateQuery(text, types, false);
        if (exact == null)
            return List.of();
        List<String> candidates = candidates(exact);
        List<SearchHit> hits = inRead(data, transactional, () -> rank(query, candidates, types));
        if (hits.isEmpty() || hits.get(0).kind() == MatchKind.FUZZY) {
            // Nothing met the whole name: only now look for typos, which costs more (fuzzy terms).
            Set<String> more = new LinkedHashSet<>(candidates(candidateQuery(text, types, true)));
            more.removeAll(candidates);
            if (!more.isEmpty()) {
                List<SearchHit> merged = new ArrayList<>(hits);
                merged.addAll(inRead(data, transactional, () -> rank(query, List.copyOf(more), types)));
                merged.sort(Comparator.comparingDouble(SearchHit::score).reversed());
                hits = merged;
            }
        }
        return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
    }

    /** The entities of the best documents, best first: IRIs read from doc values (stored fields would decompress a block per document). */
    private List<String> candidates(Query lucene) {
        try {
            ScoreDoc[] docs = searcher.search(lucene, CANDIDATE_DOCS).scoreDocs;
            ScoreDoc[] byDoc = docs.clone();
            Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
            Map<Integer, String> iriOf = new HashMap<>();
            List<LeafReaderContext> leaves = reader.leaves();
            int leafIndex = -1;
            SortedDocValues values = null;
            for (ScoreDoc doc : byDoc) {
                int sub = ReaderUtil.subIndex(doc.doc, leaves);
                if (sub != leafIndex) {
                    leafIndex = sub;
                    values = leaves.get(sub).reader().getSortedDocValues(FIELD_ENTITY_VALUES);
                }
                int local = doc.doc - leaves.get(sub).docBase;
                if (values != null && values.advanceExact(local))
                    iriOf.put(doc.doc, values.lookupOrd(values.ordValue()).utf8ToString());
            }
            Set<String> iris = new LinkedHashSet<>();
            for (ScoreDoc doc : docs) {
                String iri = iriOf.get(doc.doc);
                if (iri != null && iris.add(iri) && iris.size() >= CANDIDATE_ENTITIES)
                    break;
            }
            return List.copyOf(iris);
        } catch (IOException ex) {
            throw new UncheckedIOException("Search index read failed", ex);
        }
    }

    private List<SearchHit> rank(NameMatcher.Query query, List<String> candidates, Set<String> types) {
        List<SearchHit> hits = new ArrayList<>();
        for (String iri : candidates) {
            EntityNames entity = EntityNames.read(data, NodeFactory.createURI(iri));
            if (!types.isEmpty() && entity.types().stream().noneMatch(types::contains))
                continue;
            boolean person = NameProperties.isPerson(entity.types());
            NameMatcher.Match best = null;
            String matched = null;
            for (EntityNames.Name name : entity.names()) {
                NameMatcher.Match m = NameMatcher.match(query, name.text(), name.role(), person);
                if (m != null && (best == null || m.score() > best.score())) {
                    best = m;
                    matched = name.text();
                }
            }
            if (best != null)
                hits.add(new SearchHit(iri, Map.copyOf(entity.labels()), entity.types(), matched, best.kind(), best.score()));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return hits;
    }

    /**
     * The Lucene query that proposes candidates: every term of every word (folded, and each key it
     * may stand for) and the joined key; with {@code typos}, also one-edit fuzzy terms of the main
     * key of each word of {@link NameMatcher#MIN_TYPO_LENGTH}+ letters. Types are a filter.
     */
    static Query candidateQuery(String text, Set<String> types, boolean typos) {
        List<NameAnalyzer.Word> words = NameAnalyzer.queryWords(text);
        if (words.isEmpty())
            return null;
        if (words.size() > MAX_QUERY_WORDS)
            words = words.subList(0, MAX_QUERY_WORDS);
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        Set<String> added = new LinkedHashSet<>();
        for (NameAnalyzer.Word word : words)
            for (String term : word.terms())
                addTerm(terms, added, term, 1f);
        String joined = NameAnalyzer.joined(words);
        if (joined != null) {
            addTerm(terms, added, joined, 2f);
            for (String key : KeyCache.alternatives(text))
                if (key.length() >= 4)
                    addTerm(terms, added, key.replace(" ", ""), 2f);
        }
        if (typos) {
            Set<String> fuzzy = new LinkedHashSet<>();
            for (NameAnalyzer.Word word : words) {
                fuzzy.addAll(NameMatcher.contentWords(KeyCache.of(word.original())));
                fuzzy.add(word.terms().get(0)); // the folded word as typed
            }
            if (joined != null)
                fuzzy.add(joined);
            for (String term : fuzzy)
                if (term.length() >= NameMatcher.MIN_TYPO_LENGTH)
                    terms.add(new BoostQuery(new FuzzyQuery(new Term(FIELD_NAME, term), 1, 0, 50, true), 0.5f), BooleanClause.Occur.SHOULD);
        }
        Query nameQuery = terms.build();
        if (types == null || types.isEmpty())
            return nameQuery;
        BooleanQuery.Builder typeFilter = new BooleanQuery.Builder();
        for (String type : types)
            typeFilter.add(new TermQuery(new Term(FIELD_TYPES, type)), BooleanClause.Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(nameQuery, BooleanClause.Occur.MUST)
                .add(typeFilter.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    private static void addTerm(BooleanQuery.Builder terms, Set<String> added, String term, float boost) {
        if (added.add(term))
            terms.add(new BoostQuery(new TermQuery(new Term(FIELD_NAME, term)), 2 * boost), BooleanClause.Occur.SHOULD);
    }

    /** jena-text's Lucene index, with the entity IRI also kept as doc values. */
    private static final class NameIndex extends TextIndexLucene {
        NameIndex(Directory directory, TextIndexConfig config) {
            super(directory, config);
        }

        @Override
        protected Document doc(Entity entity) {
            Document doc = super.doc(entity);
            doc.add(new SortedDocValuesField(FIELD_ENTITY_VALUES, new BytesRef(entity.getId())));
            return doc;
        }
    }

    /** How jena-text indexes: entity IRI, one name field for every name property, language, types; values stored. */
    static TextIndexConfig config() {
        List<Node> properties = NameProperties.all();
        EntityDefinition definition = new EntityDefinition(FIELD_ENTITY, FIELD_NAME, properties.get(0));
        for (Node property : properties.subList(1, properties.size()))
            definition.set(FIELD_NAME, property);
        definition.setLangField(FIELD_LANG);
        TextIndexConfig config = new TextIndexConfig(definition);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new NameAnalyzer(), Map.of(FIELD_TYPES, new WhitespaceAnalyzer()));
        config.setAnalyzer(analyzer);
        config.setValueStored(true);
        return config;
    }

    /** Adds one document per name of every searchable resource; returns how many. */
    private static int build(DatasetGraph data, boolean transactional, TextIndexLucene index) {
        long start = System.nanoTime();
        int count = inRead(data, transactional, () -> addNames(data, index));
        index.commit();
        LOG.info("Search index: {} names indexed in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    private static int addNames(DatasetGraph data, TextIndexLucene index) {
        int count = 0;
        for (Node property : NameProperties.all()) {
            Iterator<Quad> quads = data.find(Node.ANY, Node.ANY, property, Node.ANY);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                Node s = quad.getSubject(), o = quad.getObject();
                if (!s.isURI() || !o.isLiteral())
                    continue;
                List<String> types = EntityNames.typesOf(data, s);
                if (!NameProperties.searchable(types))
                    continue;
                String lang = o.getLiteralLanguage();
                Entity entity = new Entity(s.getURI(), null, lang.isEmpty() ? null : lang, null);
                entity.put(FIELD_NAME, o.getLiteralLexicalForm());
                entity.put(FIELD_TYPES, String.join(" ", types));
                index.addEntity(entity);
                count++;
            }
        }
        return count;
    }

    /** Runs a read in a transaction when the store has them (joining one the caller already holds). */
    private static <T> T inRead(DatasetGraph data, boolean transactional, Supplier<T> action) {
        return transactional ? Txn.calculateRead(data, action) : action.get();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ex) {
            LOG.warn("Closing the search index reader: {}", ex.getMessage());
        }
        textIndex.close();
    }
}
