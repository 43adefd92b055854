package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code CHANGELOG.md} (Keep a Changelog), read from the jar so the landing page, the dataset
 * description and the query permalinks show the same words the repository keeps: per release its
 * date and its groups of changes ("Added", "Fixed", …), each a list of entries.
 */
public final class Changelog {

    /** The changelog inside the jar (the build copies the repository's CHANGELOG.md there). */
    public static final String RESOURCE = "kg/release/CHANGELOG.md";

    private static final Pattern RELEASE = Pattern.compile("^## \\[(\\d+\\.\\d+\\.\\d+)\\]\\s*-\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern GROUP = Pattern.compile("^### (.+?)\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^[-*] (.*)$");

    /** One release's section: version, date as written, and its groups of entries in file order. */
    public record Entry(String version, String date, Map<String, List<String>> groups) {
        /** All entries of the release, "Group: text", in file order. */
        public List<String> items() {
            List<String> items = new ArrayList<>();
            groups.forEach((group, texts) -> texts.forEach(t -> items.add(group + ": " + t)));
            return items;
        }
    }

    private static final class Holder {
        static final Changelog SHIPPED = parse(read());
    }

    private final Map<String, Entry> releases;

    private Changelog(Map<String, Entry> releases) {
        this.releases = releases;
    }

    /** The changelog shipped in this build. */
    public static Changelog shipped() {
        return Holder.SHIPPED;
    }

    /** The section of a release, or null when the changelog has none. */
    public Entry release(String version) {
        return releases.get(version);
    }

    /** The releases in file order (newest first). */
    public List<Entry> releases() {
        return List.copyOf(releases.values());
    }

    /** Parses Keep-a-Changelog markdown; entries may wrap onto indented continuation lines. */
    public static Changelog parse(String markdown) {
        Map<String, Entry> releases = new LinkedHashMap<>();
        Entry current = null;
        List<String> group = null;
        for (String line : markdown.split("\\R")) {
            Matcher m;
            if ((m = RELEASE.matcher(line)).matches()) {
                current = new Entry(m.group(1), m.group(2), new LinkedHashMap<>());
                releases.put(current.version(), current);
                group = null;
            } else if (line.startsWith("## ") || line.startsWith("[")) {
                current = null;
                group = null;
            } else if (current != null && (m = GROUP.matcher(line)).matches()) {
                group = current.groups().computeIfAbsent(m.group(1), k -> new ArrayList<>());
            } else if (group != null && (m = ENTRY.matcher(line)).matches()) {
                group.add(m.group(1).strip());
            } else if (group != null && !group.isEmpty() && line.startsWith("  ") && !line.isBlank()) {
                int last = group.size() - 1;
                group.set(last, group.get(last) + " " + line.strip());
            }
        }
        return new Changelog(releases);
    }

    private static String read() {
        try (InputStream in = Changelog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("Missing " + RESOURCE + " (the build copies CHANGELOG.md)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
