package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.kzlabour.export.ColumnDefinition;
import org.w3id.kzlabour.export.TableCatalog;
import org.w3id.kzlabour.export.TableDefinition;

/**
 * {@code /codebook}: the codebook of the analyst tables as a page of the site, rendered from the
 * same CSVW metadata the tables are checked against (and {@code CODEBOOK.md} is written from), with
 * download links to each table and to the metadata itself.
 */
public final class CodebookServlet extends PublishedServlet {

    private final String page;

    public CodebookServlet(TableCatalog catalog) {
        this.page = render(catalog);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        if (info != null && !info.equals("/"))
            throw new UnknownResourceException("No such page; the codebook is at /codebook");
        response.setHeader("Cache-Control", "public, max-age=3600");
        sendHtml(request, response, page);
    }

    static String render(TableCatalog catalog) {
        StringBuilder body = new StringBuilder(64 * 1024);
        body.append("<h1>Codebook: ").append(HtmlText.escape(catalog.title())).append("</h1>\n");
        body.append("<p>").append(HtmlText.escape(catalog.description())).append("</p>\n");
        body.append("<p>Licence: ").append(HtmlText.link(catalog.license(), "CC BY 4.0"))
            .append(". Machine-readable codebook: ").append(HtmlText.link("/dumps/" + TableCatalog.METADATA_FILE, TableCatalog.METADATA_FILE))
            .append(" (W3C CSV on the Web). This page is generated from it.</p>\n");
        body.append("<table class=\"grid\">\n<thead><tr><th>Table</th><th>Contents</th><th>Key</th><th>Download</th></tr></thead>\n<tbody>\n");
        for (TableDefinition table : catalog.tables())
            body.append("<tr><td><a href=\"#").append(HtmlText.escape(table.name())).append("\">").append(HtmlText.escape(table.url()))
                .append("</a></td><td>").append(HtmlText.escape(table.title())).append("</td><td><code>")
                .append(HtmlText.escape(table.primaryKey())).append("</code></td><td>")
                .append(HtmlText.link("/dumps/" + table.url(), table.url())).append("</td></tr>\n");
        body.append("</tbody>\n</table>\n");
        for (TableDefinition table : catalog.tables())
            table(body, table);
        return PageLayout.page("en", "Codebook of the tables", "", body.toString());
    }

    private static void table(StringBuilder body, TableDefinition table) {
        body.append("<section id=\"").append(HtmlText.escape(table.name())).append("\">\n<h2>")
            .append(HtmlText.escape(table.url())).append(": ").append(HtmlText.escape(table.title())).append("</h2>\n");
        body.append("<p>").append(HtmlText.escape(table.description())).append("</p>\n");
        body.append("<p>Primary key: <code>").append(HtmlText.escape(table.primaryKey())).append("</code>.");
        if (!table.foreignKeys().isEmpty())
            body.append(" Foreign keys: ").append(table.foreignKeys().stream()
                    .map(fk -> "<code>" + HtmlText.escape(fk.column()) + "</code> → <a href=\"#"
                               + HtmlText.escape(fk.table().replace(".csv", "")) + "\"><code>" + HtmlText.escape(fk.table())
                               + "</code></a> <code>" + HtmlText.escape(fk.referencedColumn()) + "</code>")
                    .collect(Collectors.joining(", "))).append(" (an empty cell refers to nothing).");
        body.append(" Download: ").append(HtmlText.link("/dumps/" + table.url(), table.url())).append(".</p>\n");
        body.append("<table class=\"grid\">\n<thead><tr><th>#</th><th>Column</th><th>Title</th><th>Type</th><th>List</th>")
            .append("<th>Required</th><th>Description</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (ColumnDefinition column : table.columns()) {
            body.append("<tr id=\"").append(HtmlText.escape(table.name() + "." + column.name())).append("\"><td>").append(n++)
                .append("</td><td><code>").append(HtmlText.escape(column.name())).append("</code></td><td>")
                .append(HtmlText.escape(column.title())).append("</td><td><code>").append(HtmlText.escape(column.type().describe()))
                .append("</code></td><td>").append(column.isList() ? "yes, <code>" + HtmlText.escape(column.separator()) + "</code>" : "")
                .append("</td><td>").append(column.required() ? "yes" : "").append("</td><td>")
                .append(HtmlText.escape(column.description())).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n</section>\n");
    }
}
