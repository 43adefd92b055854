package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The graph's release: its semantic version, its date and the release before it, read from
 * {@code release/release.properties} (shipped in the jar as {@code kg/release/release.properties}),
 * the one place they are kept. Everything that shows or needs a version (the dataset description,
 * the pages, the citations, the patch and the query permalinks) asks here, so a researcher can say
 * exactly which graph a number came from.
 */
public record Release(String version, LocalDate date, String previousVersion, LocalDate previousDate, LocalDate firstDate) {

    /** The release file inside the jar. */
    public static final String RESOURCE = "kg/release/release.properties";
    /** The release IRIs: {@code https://w3id.org/kz-labour/release/X.Y.Z}. */
    public static final String IRI_PREFIX = "https://w3id.org/kz-labour/release/";

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    private static final class Holder {
        static final Release CURRENT = read();
    }

    public Release {
        requireVersion("version", version);
        if (previousVersion != null)
            requireVersion("previous.version", previousVersion);
    }

    /** The release this build is (read once from the jar). */
    public static Release current() {
        return Holder.CURRENT;
    }

    /** Parses a release file; a missing or malformed entry is an IllegalStateException naming it. */
    public static Release parse(Properties p) {
        String previous = blankToNull(p.getProperty("previous.version"));
        return new Release(p.getProperty("version", "").strip(), date(p, "date"),
                           previous, previous == null ? null : date(p, "previous.date"), date(p, "first.date"));
    }

    /** Whether a string is a semantic version X.Y.Z. */
    public static boolean isVersion(String text) {
        return text != null && SEMVER.matcher(text).matches();
    }

    /** This release's IRI. */
    public String iri() {
        return IRI_PREFIX + version;
    }

    /** The previous release's IRI, or null for the first release. */
    public String previousIri() {
        return previousVersion == null ? null : IRI_PREFIX + previousVersion;
    }

    /** The RDF Patch from the previous release to this one, as served under {@code /dumps/}; null for the first release. */
    public String patchFileName() {
        return previousVersion == null ? null : "kz-labour-" + previousVersion + "-to-" + version + ".rdfp";
    }

    /** The previous release's N-Quads dump (gzip), as served under {@code /dumps/}; null for the first release. */
    public String previousDumpFileName() {
        return previousVersion == null ? null : "kz-labour-" + previousVersion + ".nq.gz";
    }

    /** Where the repository (and the jar, below {@code kg/}) keeps the previous release's dump. */
    public String previousDumpResource() {
        return previousVersion == null ? null : "kg/release/" + previousVersion + "/kz-labour.nq.gz";
    }

    /** Whether the given version is older than this release (both X.Y.Z). */
    public boolean isNewerThan(String other) {
        return compare(version, other) > 0;
    }

    /** Compares two semantic versions X.Y.Z numerically. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0)
                return c;
        }
        return 0;
    }

    private static Release read() {
        try (InputStream in = Release.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("Missing " + RESOURCE + " (the build copies release/release.properties)");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(p);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void requireVersion(String key, String value) {
        if (!isVersion(value))
            throw new IllegalStateException("release.properties: " + key + " must be a semantic version X.Y.Z, not '" + value + "'");
    }

    private static LocalDate date(Properties p, String key) {
        String text = p.getProperty(key, "").strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            throw new IllegalStateException("release.properties: " + key + " must be a date YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
