package org.rasd.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.DocumentJson;
import org.rasd.core.model.RawRecord;
import org.rasd.server.Workbench;
import org.rasd.server.data.BadRequestException;
import org.rasd.server.data.EventFilter;
import org.rasd.server.watch.Watchlist;
import org.rasd.store.ExportFormat;
import org.rasd.store.ExportResult;

/** The JSON API under {@code /api}, documented in {@code /openapi.json}. */
public final class ApiRoutes {
    public static final int MAX_ARTICLES_PER_POST = 500;
    private static final ObjectMapper JSON = DocumentJson.mapper();
    private final Workbench wb;

    public ApiRoutes(Workbench wb) {
        this.wb = wb;
    }

    public void register(RouteTable r) {
        r.post("/api/extract", this::extract);
        r.post("/api/articles", this::ingest);
        r.get("/api/articles", ctx -> ctx.json(wb.store().articles(Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                Params.intParam(ctx, "limit", 50, 1, 500))));
        r.get("/api/articles/{id}", ctx -> ctx.json(wb.store().article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no article with id '" + ctx.pathParam("id") + "'"))));
        r.get("/api/events", ctx -> ctx.json(wb.store().events(filter(ctx), ctx.queryParam("sort"),
                Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE), Params.intParam(ctx, "limit", 50, 1, 500))));
        r.get("/api/actors/{code}", ctx -> ctx.json(wb.store().actor(ctx.pathParam("code"))
                .orElseThrow(() -> new NotFoundResponse("no actor with code '" + ctx.pathParam("code") + "' in the store"))));
        r.get("/api/network", ctx -> ctx.json(wb.store().network(filter(ctx), Params.intParam(ctx, "max_nodes", 60, 1, 500))));
        r.get("/api/counts", ctx -> ctx.json(wb.store().counts(filter(ctx), bucket(ctx))));
        r.get("/api/search", ctx -> ctx.json(wb.store().search(Params.required(ctx, "q"), Params.intParam(ctx, "limit", 20, 1, 200))));
        r.get("/api/stats", ctx -> ctx.json(wb.store().stats()));
        r.get("/api/export/{format}", this::export);
        r.get("/api/watchlists", ctx -> ctx.json(wb.watchlists().all()));
        r.post("/api/watchlists", this::createWatchlist);
        r.get("/api/watchlists/matches", ctx -> ctx.json(wb.watchlists().matches(ctx.queryParam("watchlist"),
                Params.intParam(ctx, "limit", 50, 1, 1000))));
        r.delete("/api/watchlists/{id}", ctx -> {
            if (!wb.watchlists().delete(ctx.pathParam("id"))) throw new NotFoundResponse("no watchlist with id '" + ctx.pathParam("id") + "'");
            ctx.status(204);
        });
    }

    static EventFilter filter(Context ctx) {
        return EventFilter.fromParams(ctx.queryParamMap());
    }

    private static String bucket(Context ctx) {
        String b = ctx.queryParam("bucket");
        return b == null || b.isBlank() ? "day" : b;
    }

    private void extract(Context ctx) throws Exception {
        RawRecord r = isJson(ctx) ? read(ctx, JSON.readTree(ctx.body()), "body") : RawRecord.ofText("body", ctx.body());
        try {
            ctx.json(wb.extract(r));
        } catch (RejectedRecordException e) {
            ctx.status(422).json(new ApiError(422, e.getMessage()));
        }
    }

    private void ingest(Context ctx) throws Exception {
        List<RawRecord> records = new ArrayList<>();
        if (isJson(ctx)) {
            JsonNode n = JSON.readTree(ctx.body());
            if (n != null && n.has("articles")) {
                JsonNode arr = n.get("articles");
                if (!arr.isArray()) throw new BadRequestException("articles: must be an array of article objects");
                if (arr.size() > MAX_ARTICLES_PER_POST) throw new BadRequestException("articles: at most " + MAX_ARTICLES_PER_POST + " per request, got " + arr.size());
                for (int i = 0; i < arr.size(); i++) records.add(read(ctx, arr.get(i), "articles[" + i + "]"));
            } else {
                records.add(read(ctx, n, "body"));
            }
        } else {
            records.add(RawRecord.ofText("body", ctx.body()));
        }
        Workbench.IngestReport rep = wb.ingest(records);
        ctx.status(rep.stored().isEmpty() ? 200 : 201).json(rep);
    }

    private static RawRecord read(Context ctx, JsonNode n, String where) {
        if (n == null || !n.isObject()) throw new BadRequestException(where + ": expected a JSON object with a 'text' field");
        try {
            return JSON.treeToValue(n, ArticleInput.class).toRecord("http:" + where);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequestException(where + ": " + e.getOriginalMessage());
        }
    }

    private static boolean isJson(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    /** The export formats over HTTP: those of {@code rasd export}; {@code gdelt-mentions} is the GDELT Mentions file of {@code gdelt}. */
    static final Map<String, String[]> EXPORTS = Map.of( // format → store format, content type, file name
            "csv", new String[] {"csv", "text/csv; charset=utf-8", "rasd-events.csv"},
            "plover", new String[] {"plover", "application/x-ndjson; charset=utf-8", "rasd-events.jsonl"},
            "gdelt", new String[] {"gdelt", "text/tab-separated-values; charset=utf-8", "rasd-events.export.CSV"},
            "gdelt-mentions", new String[] {"gdelt", "text/tab-separated-values; charset=utf-8", "rasd-events.mentions.CSV"},
            "parquet", new String[] {"parquet", "application/vnd.apache.parquet", "rasd-events.parquet"});

    private void export(Context ctx) throws java.io.IOException {
        String format = ctx.pathParam("format");
        String[] how = EXPORTS.get(format);
        if (how == null) throw new NotFoundResponse("format: '" + format + "' is not one of " + new java.util.TreeSet<>(EXPORTS.keySet()));
        EventFilter f = filter(ctx);
        Path dir = Files.createTempDirectory("rasd-export");
        try {
            ExportResult r = wb.store().export(f, ExportFormat.parse(how[0]), dir.resolve(EXPORTS.get(how[0])[2]));
            Path file = format.equals("gdelt-mentions") ? r.files().get(1) : r.files().get(0);
            ctx.contentType(how[1]);
            ctx.header("Content-Disposition", "attachment; filename=\"" + how[2] + "\"");
            ctx.result(Files.readAllBytes(file));
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private void createWatchlist(Context ctx) throws Exception {
        JsonNode n = JSON.readTree(ctx.body());
        if (n == null || !n.isObject()) throw new BadRequestException("body: expected {\"name\":..., \"filter\":{...}, \"webhook\":...}");
        JsonNode f = n.get("filter");
        if (f == null || !f.isObject()) throw new BadRequestException("filter: required, an object with actor, recipient, categories, modality, from, to, text, either");
        Watchlist w;
        try {
            w = new Watchlist(null, n.path("name").asText(null), JSON.treeToValue(f, EventFilter.class), n.path("webhook").asText(null));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof BadRequestException b) throw b;
            throw new BadRequestException("filter: " + e.getOriginalMessage());
        }
        ctx.status(201).json(wb.watchlists().create(w));
    }
}
