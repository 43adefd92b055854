package org.w3id.kzlabour.server;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The scheme, host and port a client called, e.g. {@code http://127.0.0.1:3030}: links in answers
 * (service description, dataset description, reconciliation manifest) point back to the server the
 * client reached, so a client that follows them stays on it.
 */
public final class RequestRoot {

    private RequestRoot() {}

    public static String of(HttpServletRequest request) {
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("["))
            host = "[" + host + "]";
        int port = request.getServerPort();
        String scheme = request.getScheme();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
