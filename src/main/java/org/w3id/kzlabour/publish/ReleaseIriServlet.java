package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /release/X.Y.Z}: makes the release IRIs ({@code https://w3id.org/kz-labour/release/X.Y.Z})
 * dereferenceable. They name releases, not documents, so the answer is a 303 to the document about
 * them: the dataset description (which describes every release) for RDF clients, the release's entry
 * on {@code /releases} for browsers. {@code /release/X.Y.Z/patch}, the id the RDF Patch gives itself,
 * leads to the patch file.
 */
public final class ReleaseIriServlet extends PublishedServlet {

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        String info = request.getPathInfo();
        String version = info == null ? "" : info.substring(1);
        Release release = Release.current();
        if (version.equals(release.version() + "/patch") && release.patchFileName() != null) {
            response.setStatus(303);
            response.setHeader("Location", "/dumps/" + release.patchFileName());
            response.setContentLength(0);
            return;
        }
        boolean known = version.equals(release.version()) || version.equals(release.previousVersion())
                || (Release.isVersion(version) && Changelog.shipped().release(version) != null);
        if (!known)
            throw new UnknownResourceException("No such release; the current one is " + release.version() + " (see /releases)");
        response.setHeader("Vary", "Accept");
        DocumentFormat format = DocumentNegotiation.choose(DocumentFormat.HTML_FIRST, param(params, "format"), request.getHeader("Accept"));
        String target = format.isRdf() ? "/.well-known/void?format=" + format.shortName() : "/releases#release-" + version;
        response.setStatus(303);
        response.setHeader("Location", target);
        response.setContentLength(0);
    }
}
