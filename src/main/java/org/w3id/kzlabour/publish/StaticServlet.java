package org.w3id.kzlabour.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a fixed list of files from the jar, by exact name: nothing but the declared files is
 * reachable, whatever the path asks for.
 */
public final class StaticServlet extends PublishedServlet {

    /** A file offered: the class-path resource and its content type. */
    public record Asset(String resource, String contentType) {}

    private final Map<String, Asset> assets;

    /** @param assets path info (e.g. {@code /site.css}) to the file it serves */
    public StaticServlet(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> params) throws IOException {
        Asset asset = assets.get(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (asset == null)
            throw new UnknownResourceException("No such file");
        serve(request, response, asset);
    }

    /** Sends one asset from the class path with a cache lifetime of a day. */
    static void serve(HttpServletRequest request, HttpServletResponse response, Asset asset) throws IOException {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(asset.resource())) {
            if (in == null)
                throw new UnknownResourceException("File not in this build");
            response.setHeader("Cache-Control", "public, max-age=86400");
            send(request, response, asset.contentType(), in.readAllBytes());
        }
    }
}
