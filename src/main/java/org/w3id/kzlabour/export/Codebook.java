package org.w3id.kzlabour.export;

import java.util.stream.Collectors;

/**
 * The human codebook of the analyst tables ({@code CODEBOOK.md} at the repository root), written
 * from the CSVW metadata and from nothing else, so the two cannot disagree. A test fails when the
 * committed file differs from what this class makes (and leaves the fresh one in {@code target/CODEBOOK.md}).

 */
public final class Codebook {

    private Codebook() {}

    /** The codebook as GitHub-flavoured Markdown. */
    public static String markdown(TableCatalog catalog) {
        StringBuilder md = new StringBuilder();
        md.append("# Codebook: ").append(catalog.title()).append("\n\n");
        md.append("<!-- Generated from queries/tables/csv-metadata.json by org.w3id.kzlabour.export.Codebook. Do not edit:\n")
          .append("     edit csv-metadata.json, run CodebookTest, and copy target/CODEBOOK.md here. -->\n\n");
        md.append(catalog.description()).append("\n\n");
        md.append("Licence: [CC BY 4.0](").append(catalog.license()).append("). ")
          .append("Machine-readable form: `csv-metadata.json` ([CSV on the Web](https://www.w3.org/TR/tabular-metadata/)), ")
          .append("served with the tables at `/dumps/`. How to get and read the tables: [docs/tables.md](docs/tables.md).\n\n");
        md.append("| Table | Contents | Key |\n| --- | --- | --- |\n");
        for (TableDefinition table : catalog.tables())
            md.append("| [`").append(table.url()).append("`](#").append(anchor(table)).append(") | ")
              .append(cell(table.title())).append(" | `").append(table.primaryKey()).append("` |\n");
        for (TableDefinition table : catalog.tables())
            table(md, table);
        return md.toString();
    }

    private static void table(StringBuilder md, TableDefinition table) {
        md.append("\n## ").append(table.url()).append(": ").append(table.title()).append("\n\n");
        md.append(table.description()).append("\n\n");
        md.append("Primary key: `").append(table.primaryKey()).append("` (unique, one row each).");
        if (!table.foreignKeys().isEmpty())
            md.append(" Foreign keys: ").append(table.foreignKeys().stream()
                    .map(fk -> "`" + fk.column() + "` → `" + fk.table() + "` `" + fk.referencedColumn() + "`")
                    .collect(Collectors.joining(", "))).append(" (an empty cell refers to nothing).");
        md.append("\n\n| # | Column | Title | Type | List | Required | Description |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        int n = 1;
        for (ColumnDefinition column : table.columns())
            md.append("| ").append(n++).append(" | `").append(column.name()).append("` | ").append(cell(column.title()))
              .append(" | ").append(type(column.type())).append(" | ")
              .append(column.isList() ? "yes, `" + cell(column.separator()) + "`" : "")
              .append(" | ").append(column.required() ? "yes" : "").append(" | ").append(cell(column.description())).append(" |\n");
    }

    /** The anchor GitHub gives the heading of a table (lower case, dots and colons dropped, spaces as hyphens). */
    static String anchor(TableDefinition table) {
        return (table.url() + ": " + table.title()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private static String type(ColumnType type) {
        return type.format() == null ? "`" + type.base() + "`" : "`" + type.base() + "` matching `" + cell(type.format()) + "`";
    }

    /** Text safe in a Markdown table cell: pipes escaped, line breaks as spaces. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
