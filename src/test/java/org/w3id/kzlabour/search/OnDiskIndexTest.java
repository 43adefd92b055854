package org.w3id.kzlabour.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kzlabour.store.Tdb2Loader;

/** The index kept beside a TDB2 database: built when absent, reused while current, rebuilt when older than the store or made by other code. */
class OnDiskIndexTest {

    @TempDir
    Path dir;

    private DatasetGraph load(Path db) throws Exception {
        Path data = dir.resolve("data.ttl");
        Files.writeString(data, """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/kz-labour/id/place/zhanaozen> a <https://w3id.org/kz-labour/ontology#City> ;
                    rdfs:label "Zhanaozen"@en, "Жанаозен"@ru ; skos:altLabel "Janaozen"@en .
                <https://w3id.org/kz-labour/id/place/atyrau> a <https://w3id.org/kz-labour/ontology#City> ;
                    rdfs:label "Atyrau"@en .
                """, StandardCharsets.UTF_8);
        new Tdb2Loader(new PrintStream(OutputStream.nullOutputStream()), 60_000).load(db, List.of(data), Tdb2Loader.Strategy.BASIC);
        return DatabaseMgr.connectDatasetGraph(db.toString());
    }

    @Test
    void builtOnceThenReusedThenRebuiltWhenStale() throws Exception {
        Path db = dir.resolve("db");
        DatasetGraph dsg = load(db);
        Path indexDir = SearchIndex.besideStore(db);
        try (SearchIndex first = SearchIndex.onDisk(dsg, db)) {
            assertTrue(first.builtNow());
            assertEquals(4, first.size());
            SearchHit hit = first.search("Жаңаөзен", Set.of(), 5).get(0);
            assertEquals("https://w3id.org/kz-labour/id/place/zhanaozen", hit.iri());
            assertEquals(MatchKind.TRANSLITERATED, hit.kind());
        }
        assertTrue(Files.isRegularFile(indexDir.resolve(IndexMarker.FILE)));

        try (SearchIndex second = SearchIndex.onDisk(dsg, db)) {
            assertFalse(second.builtNow(), "a current index is reused");
            assertEquals(4, second.size());
            assertEquals(MatchKind.ALIAS, second.search("janaozen", Set.of(), 5).get(0).kind());
            List<String> found = Txn.calculateRead(second.dataset(), () -> {
                List<String> iris = new java.util.ArrayList<>();
                QueryExec.dataset(second.dataset()).query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'Atyrau' }")
                        .context(second.dataset().getContext().copy())
                        .select().forEachRemaining(b -> iris.add(b.get("s").getURI()));
                return iris;
            });
            assertEquals(List.of("https://w3id.org/kz-labour/id/place/atyrau"), found);
            assertTrue(second.dataset().getContext().isDefined(TextQuery.textIndex));
        }

        // The store changed after the index was built: the index is stale.
        Path marker = indexDir.resolve(IndexMarker.FILE);
        Files.setLastModifiedTime(marker, FileTime.fromMillis(IndexMarker.newestStoreFile(db).toMillis() - 60_000));
        try (SearchIndex third = SearchIndex.onDisk(dsg, db)) {
            assertTrue(third.builtNow(), "an index older than the store is rebuilt");
        }

        // Made by another analyzer version or name key: rebuilt.
        Files.writeString(marker, Files.readString(marker).replaceAll("analyzer=\\d+", "analyzer=0"));
        try (SearchIndex fourth = SearchIndex.onDisk(dsg, db)) {
            assertTrue(fourth.builtNow(), "an index of another analyzer version is rebuilt");
        }
        try (SearchIndex fifth = SearchIndex.onDisk(dsg, db)) {
            assertFalse(fifth.builtNow());
        }
        TDBInternal.expel(dsg);
    }

    @Test
    void reopeningTheStoreDoesNotMakeTheIndexStale() throws Exception {
        Path db = dir.resolve("db2");
        DatasetGraph dsg = load(db);
        try (SearchIndex first = SearchIndex.onDisk(dsg, db)) {
            assertTrue(first.builtNow());
        }
        TDBInternal.expel(dsg);
        Thread.sleep(20);
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeRead(again, () -> again.find().hasNext());
        try (SearchIndex second = SearchIndex.onDisk(again, db)) {
            assertFalse(second.builtNow());
        }
        TDBInternal.expel(again);
    }
}
