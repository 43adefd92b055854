package org.w3id.kzlabour.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.kzlabour.store.ShippedGraph;

/**
 * The analyst tables as defined by their W3C CSV on the Web metadata file ({@code csv-metadata.json}
 * in {@code queries/tables/}), the one place the columns are defined: the export, the build-time
 * check, the Markdown codebook and the codebook page are all made from it, so they cannot disagree.
 *
 * <p>Reads the subset of CSVW the tables use: a table group with {@code dc:title},
 * {@code dc:description}, {@code dc:license} and {@code tables}; per table {@code url},
 * {@code dc:title}, {@code dc:description}, {@code tableSchema} with {@code columns},
 * {@code primaryKey} (one column) and {@code foreignKeys}; per column {@code name},
 * {@code dc:title}, {@code dc:description}, {@code datatype}, {@code separator}, {@code required}.
 */
public final class TableCatalog {

    /** Folder below the shipped {@code kg/} root (and the repository root) that holds the metadata and the queries. */
    public static final String FOLDER = "queries/tables";
    public static final String METADATA_FILE = "csv-metadata.json";

    private final Path folder;
    private final byte[] metadata;
    private final String title;
    private final String description;
    private final String license;
    private final List<TableDefinition> tables;

    private TableCatalog(Path folder, byte[] metadata) {
        this.folder = folder;
        this.metadata = metadata.clone();
        JsonObject group = JSON.parse(new String(metadata, StandardCharsets.UTF_8));
        this.title = text(group, "dc:title");
        this.description = text(group, "dc:description");
        this.license = group.get("dc:license").getAsObject().get("@id").getAsString().value();
        List<TableDefinition> read = new ArrayList<>();
        for (JsonValue table : group.get("tables").getAsArray())
            read.add(table(table.getAsObject()));
        this.tables = List.copyOf(read);
    }

    /** The catalog in a folder holding {@code csv-metadata.json} and one query per table. */
    public static TableCatalog read(Path folder) throws IOException {
        Path file = folder.resolve(METADATA_FILE);
        if (!Files.isRegularFile(file))
            throw new IOException("No " + METADATA_FILE + " in " + folder);
        try {
            return new TableCatalog(folder, Files.readAllBytes(file));
        } catch (RuntimeException ex) {
            throw new IOException(file + ": " + ex.getMessage(), ex);
        }
    }

    /** The catalog shipped in the jar (or in {@code target/classes}). */
    public static TableCatalog shipped() {
        try {
            Path folder = ShippedGraph.folder(FOLDER);
            if (folder == null)
                throw new IllegalStateException("This build ships no " + FOLDER);
            return read(folder);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String title() { return title; }
    public String description() { return description; }
    public String license() { return license; }
    public List<TableDefinition> tables() { return tables; }

    /** The metadata file exactly as written, to be published beside the tables. */
    public byte[] metadataBytes() {
        return metadata.clone();
    }

    public TableDefinition table(String url) {
        return tables.stream().filter(t -> t.url().equals(url)).findFirst()
                     .orElseThrow(() -> new IllegalArgumentException("no table " + url));
    }

    /** The SPARQL query that makes a table. */
    public String query(TableDefinition table) throws IOException {
        Path file = folder.resolve(table.queryFile());
        if (!Files.isRegularFile(file))
            throw new IOException("No query " + table.queryFile() + " for " + table.url() + " in " + folder);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static TableDefinition table(JsonObject table) {
        String url = table.get("url").getAsString().value();
        JsonObject schema = table.get("tableSchema").getAsObject();
        List<ColumnDefinition> columns = new ArrayList<>();
        for (JsonValue column : schema.get("columns").getAsArray())
            columns.add(column(column.getAsObject()));
        List<ForeignKey> keys = new ArrayList<>();
        if (schema.hasKey("foreignKeys")) {
            for (JsonValue key : schema.get("foreignKeys").getAsArray()) {
                JsonObject fk = key.getAsObject();
                JsonObject ref = fk.get("reference").getAsObject();
                keys.add(new ForeignKey(fk.get("columnReference").getAsString().value(),
                                        ref.get("resource").getAsString().value(),
                                        ref.get("columnReference").getAsString().value()));
            }
        }
        String primaryKey = schema.get("primaryKey").getAsString().value();
        TableDefinition definition = new TableDefinition(url, text(table, "dc:title"), text(table, "dc:description"),
                                                         List.copyOf(columns), primaryKey, List.copyOf(keys));
        definition.column(primaryKey);
        keys.forEach(k -> definition.column(k.column()));
        return definition;
    }

    private static ColumnDefinition column(JsonObject column) {
        JsonValue datatype = column.get("datatype");
        ColumnType type = datatype.isString()
                ? new ColumnType(datatype.getAsString().value(), null)
                : new ColumnType(datatype.getAsObject().get("base").getAsString().value(),
                                 datatype.getAsObject().hasKey("format") ? datatype.getAsObject().get("format").getAsString().value() : null);
        String separator = column.hasKey("separator") ? column.get("separator").getAsString().value() : null;
        boolean required = column.hasKey("required") && column.get("required").getAsBoolean().value();
        return new ColumnDefinition(column.get("name").getAsString().value(), text(column, "dc:title"),
                                    text(column, "dc:description"), type, separator, required);
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null)
            throw new IllegalArgumentException("missing " + key + " in " + object.toString().lines().findFirst().orElse(""));
        return value.getAsString().value();
    }
}
