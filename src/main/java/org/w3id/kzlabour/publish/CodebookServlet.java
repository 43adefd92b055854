package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.kzlabour.export.TableCatalog;

/**
 * {@code /codebook}: the codebook of the analyst tables as a page of the site, rendered from the
 * same CSVW metadata the tables are checked against (and {@code CODEBOOK.md} is written from), with
 * download links to each table and to the metadata itself.
 */
public final class CodebookServlet extends PublishedServlet {

    private final TableCatalog catalog;
    private final Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();

    public CodebookServlet(TableCatalog catalog) {
        this.catalog = catalog;
        pages.put("en", render(catalog, PageLanguage.implicit("en")));
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        if (info != null && !info.equals("/"))
            throw new UnknownResourceException("No such page; the codebook is at /codebook");
        response.setHeader("Cache-Control", "public, max-age=3600");
        PageLanguage lang = PageLanguage.of(request, params);
        lang.vary(response, "");
        String page = lang.explicit() ? render(catalog, lang) : pages.computeIfAbsent(lang.code(), code -> render(catalog, PageLanguage.implicit(code)));
        sendHtml(request, response, page);
    }

    /** The page, from {@code codebook.jte}; rendered once per language when the language came from the header (its links are then plain). */
    static String render(TableCatalog catalog, PageLanguage lang) {
        return PageTemplates.render("codebook.jte", Map.of("catalog", catalog, "l", lang));
    }
}
