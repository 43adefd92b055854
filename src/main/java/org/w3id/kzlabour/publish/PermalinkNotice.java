package org.w3id.kzlabour.publish;

import java.util.List;

import org.w3id.kzlabour.server.HttpError;

/**
 * The notice the query editor shows when a shared link ({@code /query?release=X.Y.Z#query=...})
 * was made on another release than the one served: the query runs on today's graph, so a reader
 * who re-runs a published query learns that its results may differ and what changed since.
 */
public final class PermalinkNotice {

    private PermalinkNotice() {}

    /**
     * @param linkRelease the {@code release} parameter of the link, or null
     * @return the notice markup, or "" when the link was made on this release or names none
     * @throws HttpError 400 when the parameter is not a version X.Y.Z
     */
    public static String html(String linkRelease, Release current, Changelog changelog) {
        if (linkRelease == null || linkRelease.equals(current.version()))
            return "";
        if (!Release.isVersion(linkRelease))
            throw HttpError.badRequest("release must be a version X.Y.Z, e.g. " + current.version());
        StringBuilder out = new StringBuilder(1024);
        out.append("<div class=\"notice release-notice\" role=\"status\" data-link-release=\"").append(HtmlText.escape(linkRelease)).append("\">");
        if (current.isNewerThan(linkRelease)) {
            out.append("<p>This query link was made on release <b>").append(HtmlText.escape(linkRelease))
               .append("</b> of the graph. You are querying release <b>").append(HtmlText.escape(current.version())).append("</b> of ")
               .append(HtmlText.escape(DateText.format(current.date().toString(), null)))
               .append(", so its results may differ from those the link was shared with.</p>\n");
            List<Changelog.Entry> since = changelog.releases().stream()
                    .filter(e -> Release.compare(e.version(), linkRelease) > 0 && Release.compare(e.version(), current.version()) <= 0).toList();
            if (!since.isEmpty()) {
                out.append("<p>What changed since ").append(HtmlText.escape(linkRelease)).append(":</p><ul class=\"changes\">");
                for (Changelog.Entry entry : since)
                    for (String item : entry.items())
                        out.append("<li>").append(HtmlText.escape(entry.version() + " — " + item)).append("</li>");
                out.append("</ul>\n");
            }
            out.append("<p>").append(HtmlText.link("/releases", "Changelog of every release"));
            if (linkRelease.equals(current.previousVersion()))
                out.append(" · ").append(HtmlText.link("/dumps/" + current.patchFileName(), "every triple added or removed (RDF Patch)"))
                   .append(" · ").append(HtmlText.link("/dumps/" + current.previousDumpFileName(), "the " + linkRelease + " dump, to query the data as it was"));
            out.append("</p>");
        } else {
            out.append("<p>This query link names release <b>").append(HtmlText.escape(linkRelease))
               .append("</b>, which is newer than the release this server has (<b>").append(HtmlText.escape(current.version()))
               .append("</b>): results may differ. ").append(HtmlText.link("/releases", "Releases")).append("</p>");
        }
        out.append("</div>\n");
        return out.toString();
    }
}
