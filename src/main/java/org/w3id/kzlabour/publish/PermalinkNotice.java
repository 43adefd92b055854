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
     * The model of {@code parts/permalinkNotice.jte}: the release the link names, the release served,
     * and the changes between them (oldest first).
     */
    public record Notice(String linkRelease, Release current, List<String> changes) {

        public boolean older() {
            return current.isNewerThan(linkRelease);
        }

        public boolean previous() {
            return linkRelease.equals(current.previousVersion());
        }

        /** The served release's date in English (templates use {@link PageLanguage#day} for the page's language). */
        public String currentDate() {
            return DateText.format(current.date().toString(), null);
        }
    }

    /**
     * @param linkRelease the {@code release} parameter of the link, or null
     * @return the notice, or null when the link was made on this release or names none
     * @throws HttpError 400 when the parameter is not a version X.Y.Z
     */
    public static Notice of(String linkRelease, Release current, Changelog changelog) {
        if (linkRelease == null || linkRelease.equals(current.version()))
            return null;
        if (!Release.isVersion(linkRelease))
            throw HttpError.badRequest("release must be a version X.Y.Z, e.g. " + current.version());
        List<String> changes = changelog.releases().stream()
                .filter(e -> Release.compare(e.version(), linkRelease) > 0 && Release.compare(e.version(), current.version()) <= 0)
                .flatMap(e -> e.items().stream().map(item -> e.version() + " — " + item)).toList();
        return new Notice(linkRelease, current, changes);
    }
}
