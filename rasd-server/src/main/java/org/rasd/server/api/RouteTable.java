package org.rasd.server.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/** Registers the API routes and remembers them, so that a test can check each one against the OpenAPI document. */
public final class RouteTable {
    /** One registered route: method (GET, POST, DELETE) and path in OpenAPI syntax ({@code /api/articles/{id}}). */
    public record Route(String method, String path) {}

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(Javalin app) {
        this.app = app;
    }

    public void get(String path, Handler h) { add(HandlerType.GET, path, h); }

    public void post(String path, Handler h) { add(HandlerType.POST, path, h); }

    public void delete(String path, Handler h) { add(HandlerType.DELETE, path, h); }

    /** A route served outside the handler table (SSE), recorded for the documentation check. */
    public void record(String method, String path) { routes.add(new Route(method, path)); }

    private void add(HandlerType type, String path, Handler h) {
        app.addHttpHandler(type, path, h);
        routes.add(new Route(type.name(), path));
    }

    public List<Route> routes() { return List.copyOf(routes); }
}
