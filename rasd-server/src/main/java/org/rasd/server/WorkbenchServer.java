package org.rasd.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rasd.core.io.DocumentJson;
import org.rasd.server.api.ApiError;
import org.rasd.server.api.ApiRoutes;
import org.rasd.server.api.RouteTable;
import org.rasd.server.data.BadRequestException;
import org.rasd.server.ui.Html;
import org.rasd.server.ui.Layout;
import org.rasd.server.ui.UiRoutes;
import org.rasd.server.watch.SseHub;
import org.rasd.server.watch.WebhookSender;

/** The workbench's HTTP server: the JSON API, the OpenAPI document, the pages, the static files and the SSE stream. */
public final class WorkbenchServer implements AutoCloseable {

    /**
     * @param host           the address to bind (127.0.0.1 unless told otherwise)
     * @param port           0 for any free port
     * @param maxBodyBytes   the largest request body accepted (413 beyond)
     * @param corsOrigins    origins allowed cross-origin; empty = CORS off
     */
    public record Options(String host, int port, long maxBodyBytes, List<String> corsOrigins) {
        public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;

        public static Options local(int port) {
            return new Options("127.0.0.1", port, DEFAULT_MAX_BODY, List.of());
        }
    }

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final RouteTable routes;
    private final SseHub hub = new SseHub();
    private final Workbench wb;
    private final String host;

    public WorkbenchServer(Workbench wb, Options opt) {
        this.wb = wb;
        this.host = opt.host().contains(":") ? "[" + opt.host() + "]" : opt.host();
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = opt.maxBodyBytes();
            cfg.http.defaultContentType = "application/json";
            cfg.jsonMapper(new JavalinJackson(DocumentJson.mapper().copy(), false));
            cfg.staticFiles.enableWebjars();
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/rasd-static";
                sf.location = Location.CLASSPATH;
            });
            if (!opt.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> opt.corsOrigins().forEach(rule::allowHost)));
            }
            cfg.jetty.defaultHost = opt.host();
            cfg.jetty.defaultPort = opt.port();
        });
        wb.watchlists().addListener(hub);
        wb.watchlists().addListener(new WebhookSender());
        routes = new RouteTable(app);
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        new ApiRoutes(wb).register(routes);
        app.sse("/api/watch/stream", hub::add);
        routes.record("GET", "/api/watch/stream");
        new UiRoutes(wb).register(app);
        RequestGuard guard = new RequestGuard(opt.host(), opt.corsOrigins());
        app.before(guard::check);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            if (!ctx.path().startsWith("/api/") && !ctx.path().startsWith("/webjars/") && !ctx.path().startsWith("/static/")) {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Frame-Options", "DENY");
            }
        });
        app.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(com.fasterxml.jackson.core.JsonProcessingException.class,
                (e, ctx) -> error(ctx, 400, "body: not valid JSON: " + e.getOriginalMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("rasd serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace();
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path());
        });
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
        if (api) {
            ctx.json(new ApiError(status, message));
        } else {
            Html h = new Html();
            h.raw("<h1>").text(status == 404 ? "Not found" : status >= 500 ? "Something went wrong" : "That request cannot be served")
                    .raw("</h1><p class=\"error\">").text(message).raw("</p><p><a href=\"/\">Back to the dashboard</a></p>");
            ctx.html(Layout.page("Error " + status, "", h.toString()));
        }
    }

    private static String openApi() throws IOException {
        try (InputStream in = WorkbenchServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IOException("openapi.json is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public WorkbenchServer start() {
        app.start();
        return this;
    }

    public int port() { return app.port(); }

    /** The host as it goes in a URL (IPv6 in brackets). */
    public String host() { return host; }

    public List<RouteTable.Route> apiRoutes() { return routes.routes(); }

    public Workbench workbench() { return wb; }

    public int sseClients() { return hub.size(); }

    @Override
    public void close() {
        hub.close();
        app.stop();
    }
}
