package org.w3id.kzlabour.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.lucene.util.Version;

/**
 * The version marker of a search index kept on disk beside a TDB2 database: which analyzer,
 * which {@link NameKey} rules (a fingerprint of their output on every letter they handle) and
 * which Lucene built it. An index is reused only when its marker matches the running code and is
 * not older than the newest file of the store; otherwise it is rebuilt.
 */
final class IndexMarker {

    static final String FILE = "kz-labour-search.properties";

    /** Every letter the name key must handle, in each script and romanisation, so that any change to its rules changes the fingerprint. */
    private static final String PROBE = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя әі "
            + "АБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ Әі "
            + "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ "
            + "áàâäãåāăąçćčďđéèêëēėęěğġħíìîïīįıķĺļľłńñňņóòôöõøōőœŕřśšşșťţțúùûüūůűųýÿźżžþðß "
            + "ʼ' zh kh sh ch shch ts ya yu yo ye ii iy ai ay ei ey oi oy ui uy gh q w x "
            + "Zhanaozen Janaozen Žañaözen Qyzylorda Kyzylorda KazMunayGas KazMunaiGas Høie 2011";

    private final Properties values = new Properties();

    private IndexMarker() {}

    /** The marker the running code would write. */
    static IndexMarker current() {
        IndexMarker marker = new IndexMarker();
        marker.values.setProperty("analyzer", Integer.toString(NameAnalyzer.VERSION));
        marker.values.setProperty("namekey", fingerprint());
        marker.values.setProperty("lucene", Version.LATEST.toString());
        return marker;
    }

    /** Whether the index in {@code indexDir} was built by this code and after the last change of the store in {@code storeDir}. */
    boolean isFresh(Path indexDir, Path storeDir) {
        Path file = indexDir.resolve(FILE);
        if (!Files.isRegularFile(file))
            return false;
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
            if (!Objects.equals(stored, values))
                return false;
            return Files.getLastModifiedTime(file).compareTo(newestStoreFile(storeDir)) >= 0;
        } catch (IOException | IllegalArgumentException ex) {
            return false;
        }
    }

    /** Written after the index is committed, so an interrupted build is never taken for a whole one. */
    void write(Path indexDir) {
        try (Writer out = Files.newBufferedWriter(indexDir.resolve(FILE), StandardCharsets.UTF_8)) {
            values.store(out, "Search index of the kz-labour knowledge graph; rebuilt when this does not match the code or is older than the store");
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + indexDir.resolve(FILE), ex);
        }
    }

    /** The newest modification time of the store's data files (its lock file and journal change on every open and are left out). */
    static FileTime newestStoreFile(Path storeDir) throws IOException {
        try (Stream<Path> files = Files.walk(storeDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("tdb.lock") && !p.getFileName().toString().endsWith(".jrnl"))
                    .map(p -> {
                        try {
                            return Files.getLastModifiedTime(p);
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    })
                    .max(FileTime::compareTo)
                    .orElse(FileTime.fromMillis(0));
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String word : PROBE.split(" ")) {
                sha.update(NameKey.of(word).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(NameKey.of(PROBE).getBytes(StandardCharsets.UTF_8));
            for (int c = 0x400; c < 0x500; c++)
                sha.update(NameKey.of(Character.toString(c)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
