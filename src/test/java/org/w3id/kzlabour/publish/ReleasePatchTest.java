package org.w3id.kzlabour.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** The patch between two releases, on small graphs with blank nodes (the shipped shapes have hundreds). */
class ReleasePatchTest {

    static final Release RELEASE = new Release("0.2.0", LocalDate.parse("2026-12-02"), "0.1.0", LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"));

    static final String PREFIXES = """
            @prefix ex: <http://example.org/> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            """;

    /** Two shapes with blank-node property shapes and a list, a labelled entity, a named graph. */
    static final String OLD = PREFIXES + """
            ex:EventShape sh:property [ sh:path ex:date ; sh:maxCount 1 ] , [ sh:path ex:place ; sh:in ( ex:a ex:b ) ] .
            ex:PersonShape sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            ex:strike ex:label "Strike" ; ex:count 500 .
            """;

    /** One property shape changed (maxCount 1 → 2), one list changed, one unchanged; a fact corrected and one added. */
    static final String NEW = PREFIXES + """
            ex:EventShape sh:property [ sh:path ex:date ; sh:maxCount 2 ] , [ sh:path ex:place ; sh:in ( ex:a ex:b ex:c ) ] .
            ex:PersonShape sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            ex:strike ex:label "Strike" ; ex:count 480 ; ex:alias "Забастовка"@ru .
            """;

    static DatasetGraph turtle(String text) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(text, Lang.TURTLE).parse(dsg);
        return dsg;
    }

    /** The old release as its dump: N-Quads written by Jena, gzip, read back with labels kept (as users of the patch must). */
    static byte[] dump(DatasetGraph dsg) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            RDFDataMgr.write(gz, dsg, RDFFormat.NQUADS_UTF8);
        }
        return bytes.toByteArray();
    }

    static DatasetGraph read(byte[] dump) throws IOException {
        return ReleasePatch.readDump(new ByteArrayInputStream(dump));
    }

    static DatasetGraph asDump(DatasetGraph dsg) throws IOException {
        return read(dump(dsg));
    }

    static String patchText(ReleasePatch.Diff diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReleasePatch.write(diff, RELEASE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void appliedToTheOldDumpThePatchGivesTheNewGraphBlankNodesIncluded() throws IOException {
        byte[] oldDump = dump(turtle(OLD));
        DatasetGraph current = turtle(NEW);
        String patch = patchText(ReleasePatch.diff(read(oldDump), current));
        DatasetGraph target = read(oldDump);
        RDFPatchOps.applyChange(target, RDFPatchOps.read(new ByteArrayInputStream(patch.getBytes(StandardCharsets.UTF_8))));
        assertTrue(IsoMatcher.isomorphic(current, target), "old + patch is isomorphic to new:\n" + patch);
        assertFalse(IsoMatcher.isomorphic(turtle(OLD), target), "and the patch did something");
    }

    @Test
    void onlyChangedMoleculesAndFactsAreInThePatch() throws IOException {
        ReleasePatch.Diff diff = ReleasePatch.diff(asDump(turtle(OLD)), turtle(NEW));
        String patch = patchText(diff);
        assertFalse(patch.contains("minCount"), "the unchanged property shape is not in the patch:\n" + patch);
        assertTrue(patch.contains("D <http://example.org/strike> <http://example.org/count> 500 ."), patch);
        assertTrue(patch.contains("A <http://example.org/strike> <http://example.org/count> 480 ."), patch);
        assertTrue(patch.contains("\"Забастовка\"@ru"), "UTF-8 literals kept");
        assertTrue(patch.startsWith("H id <https://w3id.org/kz-labour/release/0.2.0/patch> ."), patch);
        // Facts: count out; count and alias in. maxCount shape: anchor + 2 out, anchor + 2 in. List shape: anchor, path, sh:in
        // and 2 list cells (4 triples) out; anchor, path, sh:in and 3 cells (6 triples) in.
        assertEquals(1 + 3 + 7, diff.deleted().size(), patch);
        assertEquals(2 + 3 + 9, diff.added().size(), patch);
    }

    @Test
    void theSameGraphParsedTwiceHasAnEmptyPatch() throws IOException {
        ReleasePatch.Diff diff = ReleasePatch.diff(asDump(turtle(OLD)), turtle(OLD));
        assertTrue(diff.isEmpty(), "fresh blank node labels are not a change");
    }

    @Test
    void namedGraphsAreKept() throws IOException {
        DatasetGraph before = DatasetGraphFactory.create();
        RDFParser.fromString("<http://e/s> <http://e/p> _:b <http://e/g> .\n_:b <http://e/q> \"1\" <http://e/g> .", Lang.NQUADS).parse(before);
        DatasetGraph after = DatasetGraphFactory.create();
        RDFParser.fromString("<http://e/s> <http://e/p> _:c <http://e/g> .\n_:c <http://e/q> \"2\" <http://e/g> .", Lang.NQUADS).parse(after);
        byte[] oldDump = dump(before);
        DatasetGraph target = read(oldDump);
        String patch = patchText(ReleasePatch.diff(read(oldDump), after));
        RDFPatchOps.applyChange(target, RDFPatchOps.read(new ByteArrayInputStream(patch.getBytes(StandardCharsets.UTF_8))));
        assertTrue(IsoMatcher.isomorphic(after, target), patch);
    }
}
