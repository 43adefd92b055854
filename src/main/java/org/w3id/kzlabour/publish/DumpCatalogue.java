package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The byte size and SHA-256 of every file served under {@code /dumps/}, computed once from the very
 * resources {@link DumpServlet} streams, so the checksums the dataset description gives are those of
 * the bytes a user downloads. A build without dumps (they are written by {@code mvn package}) has an
 * empty catalogue.
 */
public final class DumpCatalogue {

    /** One served file: name, media type, size in bytes, SHA-256 in lower-case hex. */
    public record File(String name, String mediaType, long byteSize, String sha256) {}

    private static final class Holder {
        static final DumpCatalogue SHIPPED = compute();
    }

    private final Map<String, File> files;

    private DumpCatalogue(Map<String, File> files) {
        this.files = files;
    }

    /** The catalogue of the dumps in this build (computed on first use). */
    public static DumpCatalogue shipped() {
        return Holder.SHIPPED;
    }

    /** The file of that name, or null when this build does not have it. */
    public File get(String name) {
        return files.get(name);
    }

    private static DumpCatalogue compute() {
        Map<String, File> files = new LinkedHashMap<>();
        for (String name : DumpServlet.names()) {
            try (InputStream in = DumpCatalogue.class.getClassLoader().getResourceAsStream(DumpServlet.RESOURCE_FOLDER + "/" + name)) {
                if (in == null)
                    continue;
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; size += n)
                    sha.update(buffer, 0, n);
                files.put(name, new File(name, DumpServlet.mediaType(name), size, HexFormat.of().formatHex(sha.digest())));
            } catch (IOException ex) {
                throw new UncheckedIOException("Cannot read the dump " + name, ex);
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("This JVM has no SHA-256", ex);
            }
        }
        return new DumpCatalogue(Map.copyOf(files));
    }
}
