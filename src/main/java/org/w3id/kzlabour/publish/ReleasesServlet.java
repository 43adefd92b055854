package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /releases}: what each release of the graph changed, in the changelog's words, with the RDF
 * Patch and the previous release's dump to download; and the summary of the current release that
 * the landing page shows. Query permalinks made on an older release link here.
 */
public final class ReleasesServlet extends PublishedServlet {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        if (info != null && !info.isEmpty() && !info.equals("/"))
            throw new UnknownResourceException("No such page");
        response.setHeader("Cache-Control", "public, max-age=300");
        sendHtml(request, response, page(Release.current(), Changelog.shipped()));
    }

    /** The model of {@code releases.jte}: the current release and the changelog of every release. */
    public record Page(Release release, Changelog changelog) {}

    private static String page(Release release, Changelog changelog) {
        return PageTemplates.render("releases.jte", new Page(release, changelog));
    }

    /** A date as the pages write it, "2 December 2026"; empty for none. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : date.format(LONG);
    }
}
