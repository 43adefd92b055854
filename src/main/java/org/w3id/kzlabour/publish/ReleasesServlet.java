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

    /** The landing page's block: version, date, release IRI, the changes since the previous release, the patch. */
    public static String summaryHtml(Release release, Changelog changelog) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<section class=\"release\" id=\"release\"><h2>Release ").append(HtmlText.escape(release.version())).append("</h2>\n");
        out.append("<p>This is release <b class=\"version\">").append(HtmlText.escape(release.version())).append("</b> of the graph, released <time datetime=\"")
           .append(release.date()).append("\">").append(long_(release.date())).append("</time> (<code>").append(HtmlText.escape(release.iri()))
           .append("</code>).");
        if (release.previousVersion() != null)
            out.append(" The release before it is ").append(HtmlText.escape(release.previousVersion())).append(" of ").append(long_(release.previousDate())).append('.');
        out.append("</p>\n");
        Changelog.Entry entry = changelog.release(release.version());
        if (entry != null) {
            out.append("<h3>Changes").append(release.previousVersion() == null ? "" : " since " + HtmlText.escape(release.previousVersion())).append("</h3>\n");
            changes(out, entry);
        }
        out.append("<p>");
        if (release.patchFileName() != null)
            out.append("Every triple added or removed: ").append(HtmlText.link("/dumps/" + release.patchFileName(), "RDF Patch from " + release.previousVersion()))
               .append(" (apply it to the ").append(HtmlText.link("/dumps/" + release.previousDumpFileName(), release.previousVersion() + " dump")).append("). ");
        out.append(HtmlText.link("/releases", "All releases and their changes")).append(".</p>\n</section>\n");
        return out.toString();
    }

    private static String page(Release release, Changelog changelog) {
        StringBuilder body = new StringBuilder(4096);
        body.append("<h1>Releases</h1>\n<p>The graph is released with semantic versions: a new fact or source is a minor release, ")
            .append("a corrected fact a patch release, a changed model a major release. The current release is <b class=\"version\">")
            .append(HtmlText.escape(release.version())).append("</b> of ").append(long_(release.date())).append(".</p>\n");
        for (Changelog.Entry entry : changelog.releases()) {
            body.append("<section class=\"release\" id=\"release-").append(HtmlText.escape(entry.version())).append("\"><h2>")
                .append(HtmlText.escape(entry.version())).append(" <span class=\"muted\">(").append(HtmlText.escape(entry.date())).append(")</span></h2>\n");
            body.append("<p><code>").append(HtmlText.escape(Release.IRI_PREFIX + entry.version())).append("</code></p>\n");
            changes(body, entry);
            if (entry.version().equals(release.version()) && release.patchFileName() != null)
                body.append("<p>").append(HtmlText.link("/dumps/" + release.patchFileName(), "RDF Patch from " + release.previousVersion())).append("</p>\n");
            if (entry.version().equals(release.previousVersion()))
                body.append("<p>").append(HtmlText.link("/dumps/" + release.previousDumpFileName(), "Dump of " + entry.version() + " (N-Quads, gzip)")).append("</p>\n");
            body.append("</section>\n");
        }
        return PageLayout.page("en", "Releases", "", body.toString());
    }

    private static void changes(StringBuilder out, Changelog.Entry entry) {
        out.append("<ul class=\"changes\">");
        for (String item : entry.items())
            out.append("<li>").append(HtmlText.escape(item)).append("</li>");
        out.append("</ul>\n");
    }

    private static String long_(LocalDate date) {
        return date == null ? "" : date.format(LONG);
    }
}
