package org.rasd.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests a web page elsewhere could make on the analyst's behalf: a state-changing request (POST, PUT,
 * DELETE) whose {@code Origin} is another site (cross-site request forgery: an ingest, or a watchlist whose webhook
 * sends matches away), unless that origin is allowed by {@code --cors-origin}; and, on a loopback server, any request
 * whose {@code Host} is not a loopback name (DNS rebinding).
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private final boolean loopback;
    private final List<String> allowedOrigins;

    RequestGuard(String host, List<String> allowedOrigins) {
        this.loopback = LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
        this.allowedOrigins = allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopback && host != null && !LOOPBACK.contains(hostName(host))) {
            throw new ForbiddenResponse("this workbench listens on a loopback address and answers only to localhost, not to Host '" + host + "'");
        }
        String m = ctx.method().name();
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) return;
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null") && host == null) return; // not from a browser page
        String o = origin.toLowerCase(Locale.ROOT);
        if (allowedOrigins.contains(o)) return;
        String originHost;
        try {
            URI u = URI.create(o);
            originHost = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (host == null || originHost == null || !originHost.equals(host.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse("cross-site request refused: a page at " + origin + " may not " + m + " to this workbench"
                    + " (start rasd serve with --cors-origin " + origin + " to allow it)");
        }
    }

    private static String hostName(String hostHeader) {
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int e = h.indexOf(']');
            return e < 0 ? h : h.substring(0, e + 1);
        }
        int c = h.lastIndexOf(':');
        return c < 0 ? h : h.substring(0, c);
    }
}
