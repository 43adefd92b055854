package org.w3id.kzlabour.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks written tables against their CSVW metadata, as a CSVW validator would: the header row has
 * the defined columns in the defined order, every row has that many cells, every non-empty value
 * (every item of a list) parses as the column's datatype, required cells are filled, primary keys
 * are unique and every non-empty foreign key is a key of the table it refers to. Also that column
 * names are safe in R, Stata and pandas (lower case, at most 32 characters) and that the files are
 * valid UTF-8.
 */
public final class TableCheck {

    private static final Pattern PORTABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final int MAX_REPORTED = 50;

    private TableCheck() {}

    /** The problems found, one line each; empty when every table matches. */
    public static List<String> check(TableCatalog catalog, Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> keys = new HashMap<>();
        Map<String, List<CSVRecord>> read = new HashMap<>();
        for (TableDefinition table : catalog.tables()) {
            for (ColumnDefinition column : table.columns())
                if (!PORTABLE_NAME.matcher(column.name()).matches())
                    problems.add(table.url() + ": column name '" + column.name() + "' is not portable (a-z, 0-9, _, at most 32)");
            List<CSVRecord> records = readTable(dir.resolve(table.url()), table, problems);
            if (records == null)
                continue;
            read.put(table.url(), records);
            keys.put(table.url(), checkRows(table, records, problems));
        }
        for (TableDefinition table : catalog.tables()) {
            List<CSVRecord> records = read.get(table.url());
            if (records != null)
                checkForeignKeys(catalog, table, records, keys, problems);
        }
        return problems.size() > MAX_REPORTED ? problems.subList(0, MAX_REPORTED) : problems;
    }

    /** The data records of a table after checking its header, or null when the file cannot be used. */
    private static List<CSVRecord> readTable(Path file, TableDefinition table, List<String> problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add(table.url() + ": missing");
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                         .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException ex) {
            problems.add(table.url() + ": not valid UTF-8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            problems.add(table.url() + ": starts with a byte-order mark");
            return null;
        }
        List<CSVRecord> records;
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, TableExport.FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException ex) {
            problems.add(table.url() + ": not RFC 4180 CSV: " + ex.getMessage());
            return null;
        }
        if (records.isEmpty()) {
            problems.add(table.url() + ": no header row");
            return null;
        }
        List<String> header = records.get(0).toList();
        if (!header.equals(table.columnNames())) {
            problems.add(table.url() + ": header " + header + " differs from the metadata's columns " + table.columnNames());
            return null;
        }
        return records.subList(1, records.size());
    }

    /** Checks cells and the primary key; returns the table's key values. */
    private static Set<String> checkRows(TableDefinition table, List<CSVRecord> records, List<String> problems) {
        Set<String> keys = new HashSet<>();
        List<ColumnDefinition> columns = table.columns();
        int keyIndex = table.columnNames().indexOf(table.primaryKey());
        for (CSVRecord record : records) {
            String where = table.url() + " record " + record.getRecordNumber();
            if (record.size() != columns.size()) {
                problems.add(where + ": " + record.size() + " cells, the header has " + columns.size());
                continue;
            }
            for (int i = 0; i < columns.size(); i++)
                checkCell(columns.get(i), record.get(i), where, problems);
            String key = record.get(keyIndex);
            if (!key.isEmpty() && !keys.add(key))
                problems.add(where + ": primary key " + table.primaryKey() + " '" + key + "' is not unique");
        }
        return keys;
    }

    private static void checkCell(ColumnDefinition column, String value, String where, List<String> problems) {
        if (value.isEmpty()) {
            if (column.required())
                problems.add(where + ": " + column.name() + " is required but empty");
            return;
        }
        List<String> items = column.isList() ? List.of(value.split(Pattern.quote(column.separator()), -1)) : List.of(value);
        for (String item : items) {
            if (item.isEmpty() || !item.equals(item.strip()))
                problems.add(where + ": " + column.name() + " has an empty or padded list item in '" + value + "'");
            else if (!column.type().accepts(item))
                problems.add(where + ": " + column.name() + " '" + item + "' is not " + column.type().describe());
        }
    }

    private static void checkForeignKeys(TableCatalog catalog, TableDefinition table, List<CSVRecord> records,
                                         Map<String, Set<String>> keys, List<String> problems) {
        for (ForeignKey fk : table.foreignKeys()) {
            boolean known = catalog.tables().stream().anyMatch(t -> t.url().equals(fk.table()) && t.primaryKey().equals(fk.referencedColumn()));
            if (!known) {
                problems.add(table.url() + ": foreign key " + fk.column() + " refers to " + fk.table() + " " + fk.referencedColumn()
                             + ", which is not the primary key of a table of the group");
                continue;
            }
            Set<String> targets = keys.get(fk.table());
            if (targets == null) {
                problems.add(table.url() + ": foreign key " + fk.column() + " refers to " + fk.table() + ", which could not be read");
                continue;
            }
            int index = table.columnNames().indexOf(fk.column());
            for (CSVRecord record : records) {
                if (record.size() <= index)
                    continue;
                String value = record.get(index);
                if (!value.isEmpty() && !targets.contains(value))
                    problems.add(table.url() + " record " + record.getRecordNumber() + ": " + fk.column() + " '" + value
                                 + "' is not a " + fk.referencedColumn() + " of " + fk.table());
            }
        }
    }
}
