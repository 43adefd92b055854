package org.w3id.kzlabour.export;

import java.util.List;

/**
 * One analyst table as the CSVW metadata defines it. Its rows are made by the SPARQL query of the
 * same name beside the metadata ({@code events.csv} by {@code events.rq}).
 */
public record TableDefinition(String url, String title, String description, List<ColumnDefinition> columns,
                              String primaryKey, List<ForeignKey> foreignKeys) {

    /** The table's name without {@code .csv}, e.g. {@code events}. */
    public String name() {
        return url.endsWith(".csv") ? url.substring(0, url.length() - 4) : url;
    }

    /** The file name of the query that makes the table. */
    public String queryFile() {
        return name() + ".rq";
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnDefinition::name).toList();
    }

    public ColumnDefinition column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                      .orElseThrow(() -> new IllegalArgumentException(url + " has no column " + name));
    }
}
