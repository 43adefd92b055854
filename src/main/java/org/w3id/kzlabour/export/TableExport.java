package org.w3id.kzlabour.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Writes the analyst tables (events, claims, organisations, persons, places, sources) as CSV files
 * with their CSVW metadata, for users of R, Stata, pandas and spreadsheets.
 *
 * <p>Each table is the result of its SPARQL query ({@code queries/tables/*.rq}), so a user can re-run
 * it on the endpoint; Java only writes cells (an IRI as itself, a literal as its lexical form, no
 * value as an empty cell). The files are UTF-8 (no byte-order mark) with RFC 4180 quoting and CRLF
 * line ends. After writing, every table is checked against the metadata ({@link TableCheck}) and
 * the export fails if any does not match.
 */
public final class TableExport {

    /** RFC 4180: comma, double quotes doubled, CRLF; quotes only where needed. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private TableExport() {}

    /**
     * Writes every table of the catalog and {@code csv-metadata.json} into a folder.
     *
     * @return the number of data rows of each table, by file name, in the catalog's order
     * @throws TableMismatchException when a query's columns or a written table do not match the metadata
     */
    public static Map<String, Integer> write(DatasetGraph dataset, TableCatalog catalog, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (TableDefinition table : catalog.tables())
            rows.put(table.url(), writeTable(dataset, catalog.query(table), table, dir.resolve(table.url())));
        Files.write(dir.resolve(TableCatalog.METADATA_FILE), catalog.metadataBytes());
        List<String> problems = TableCheck.check(catalog, dir);
        if (!problems.isEmpty())
            throw new TableMismatchException(problems);
        return rows;
    }

    private static int writeTable(DatasetGraph dataset, String queryText, TableDefinition table, Path file) throws IOException {
        Query query = QueryFactory.create(queryText);
        List<String> expected = table.columnNames();
        if (!query.getResultVars().equals(expected))
            throw new TableMismatchException(List.of(table.queryFile() + " selects " + query.getResultVars()
                    + " but " + TableCatalog.METADATA_FILE + " defines the columns of " + table.url() + " as " + expected));
        int count = 0;
        try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset));
             BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(expected);
            ResultSet results = execution.execSelect();
            List<String> cells = new ArrayList<>(expected.size());
            while (results.hasNext()) {
                Binding row = results.nextBinding();
                cells.clear();
                for (String column : expected)
                    cells.add(cell(row.get(column), table, column));
                printer.printRecord(cells);
                count++;
            }
        }
        return count;
    }

    private static String cell(Node node, TableDefinition table, String column) {
        if (node == null)
            return "";
        if (node.isURI())
            return node.getURI();
        if (node.isLiteral())
            return node.getLiteralLexicalForm();
        throw new TableMismatchException(List.of(table.url() + " column " + column + ": a blank node has no stable name to put in a table"));
    }
}
