package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /releases}: what each release of the graph changed, in the changelog's words, with the RDF
 * Patch and the previous release's dump to download; and the summary of the current release that
 * the landing page shows. Query permalinks made on an older release link here.
 */
public final class ReleasesServlet extends PublishedServlet {

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        if (info != null && !info.isEmpty() && !info.equals("/"))
            throw new UnknownResourceException("No such page");
        response.setHeader("Cache-Control", "public, max-age=300");
        PageLanguage lang = PageLanguage.of(request, params);
        lang.vary(response, "");
        sendHtml(request, response, page(lang, Release.current(), Changelog.shipped()));
    }

    /** The model of {@code releases.jte}: its language, the current release and the changelog of every release. */
    public record Page(PageLanguage language, Release release, Changelog changelog) {}

    private static String page(PageLanguage lang, Release release, Changelog changelog) {
        return PageTemplates.render("releases.jte", new Page(lang, release, changelog));
    }

    /** A date as the English pages write it, "2 December 2026"; empty for none ({@link PageLanguage#day} for the page's language). */
    public static String longDate(LocalDate date) {
        return DateText.day(date, "en");
    }
}
