package org.w3id.kzlabour.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files by extension, gzip, quads keeping their graphs, and the union default graph. */
class FileDatasetTest {

    @TempDir
    Path dir;

    @Test
    void quadsKeepGraphsAndDefaultGraphIsTheirUnion() throws Exception {
        Path quads = Files.writeString(dir.resolve("d.nq"),
                "<https://w3id.org/kz-labour/id/test/a> <https://w3id.org/kz-labour/id/test/p> \"1\" <https://w3id.org/kz-labour/id/test/g1> .\n<https://w3id.org/kz-labour/id/test/b> <https://w3id.org/kz-labour/id/test/p> \"2\" <https://w3id.org/kz-labour/id/test/g2> .\n");
        Path triples = Files.writeString(dir.resolve("t.ttl"), "<https://w3id.org/kz-labour/id/test/c> <https://w3id.org/kz-labour/id/test/p> \"3\" .\n");
        DatasetGraph dsg = FileDataset.load(List.of(quads, triples));
        assertEquals(1, dsg.getGraph(NodeFactory.createURI("https://w3id.org/kz-labour/id/test/g1")).size());
        assertEquals(3, dsg.getDefaultGraph().size());
    }

    @Test
    void gzipByExtension() throws Exception {
        Path gz = dir.resolve("d.nt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<https://w3id.org/kz-labour/id/test/a> <https://w3id.org/kz-labour/id/test/p> \"1\" .\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, FileDataset.load(List.of(gz)).getDefaultGraph().size());
    }

    @Test
    void malformedFileNamesFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<https://w3id.org/kz-labour/id/test/a> <https://w3id.org/kz-labour/id/test/p> \"1\" .\n<https://w3id.org/kz-labour/id/test/b> <https://w3id.org/kz-labour/id/test/p> .\n");
        StoreException ex = assertThrows(StoreException.class, () -> FileDataset.load(List.of(bad)));
        assertTrue(ex.getMessage().contains("bad.ttl"), ex.getMessage());
        assertTrue(ex.getMessage().contains("line: 2"), ex.getMessage());
    }

    @Test
    void unknownExtensionIsRefusedBeforeParsing() throws Exception {
        Path odd = Files.writeString(dir.resolve("d.docx"), "x");
        assertThrows(StoreException.class, () -> FileDataset.load(List.of(odd)));
    }
}
