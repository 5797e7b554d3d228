package org.rasd.server.ui;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.Document;
import org.rasd.core.model.RawRecord;
import org.rasd.server.Workbench;
import org.rasd.server.api.Params;
import org.rasd.server.data.BadRequestException;
import org.rasd.server.data.EventFilter;
import org.rasd.server.watch.Watchlist;

/** The server-rendered pages. */
public final class UiRoutes {
    private final Workbench wb;

    public UiRoutes(Workbench wb) {
        this.wb = wb;
    }

    public void register(Javalin app) {
        app.get("/", ctx -> ctx.html(DashboardPage.render(wb.store())));
        app.get("/articles", ctx -> ctx.html(ArticlesPage.render(wb.store(), ctx.queryParam("q"),
                Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE))));
        app.get("/articles/{id}", ctx -> ctx.html(ArticlesPage.reader(wb.store().article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no article with id '" + ctx.pathParam("id") + "'")))));
        app.get("/events", ctx -> ctx.html(EventsPage.render(wb.store(), filter(ctx.queryParamMap()), ctx.queryParam("sort"),
                Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE))));
        app.get("/actors/{code}", ctx -> ctx.html(ActorPage.render(wb.store().actor(ctx.pathParam("code"))
                .orElseThrow(() -> new NotFoundResponse("no actor with code '" + ctx.pathParam("code") + "' in the store")))));
        app.get("/network", ctx -> ctx.html(NetworkPage.render(filter(ctx.queryParamMap()), wb.store().topActors(300))));
        app.get("/paste", ctx -> ctx.html(PastePage.render(null, null)));
        app.post("/paste", ctx -> ctx.html(PastePage.render(ctx.formParam("text"), extractFragment(ctx))));
        app.post("/ui/extract", ctx -> ctx.html(extractFragment(ctx)));
        app.post("/paste/save", this::save);
        app.get("/watchlists", ctx -> ctx.html(WatchlistsPage.render(wb.watchlists().all(), wb.watchlists().matches(null, 100),
                filter(ctx.queryParamMap()), null, wb.store().topActors(300))));
        app.post("/watchlists", this::createWatchlist);
        app.post("/watchlists/{id}/delete", ctx -> {
            wb.watchlists().delete(ctx.pathParam("id"));
            ctx.redirect("/watchlists", io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    private static EventFilter filter(Map<String, List<String>> p) {
        return EventFilter.fromParams(p);
    }

    private RawRecord record(Context ctx) {
        String text = ctx.formParam("text");
        if (text == null || text.isBlank()) throw new BadRequestException("text: paste an article first");
        return new RawRecord("paste", null, blank(ctx.formParam("title")), text, blank(ctx.formParam("source")), null,
                blank(ctx.formParam("date")), null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String extractFragment(Context ctx) {
        String text = ctx.formParam("text");
        if (text == null || text.isBlank()) return "<p class=\"empty\">Paste an article above.</p>";
        try {
            return PastePage.result(wb.extract(record(ctx)));
        } catch (RejectedRecordException e) {
            return PastePage.rejected(e.getMessage());
        }
    }

    private void save(Context ctx) {
        Workbench.IngestReport rep = wb.ingest(List.of(record(ctx)));
        if (!rep.rejected().isEmpty()) {
            ctx.status(422).html(PastePage.rejected(rep.rejected().get(0).reason()));
            return;
        }
        String id = rep.stored().isEmpty() ? rep.duplicates().get(0) : rep.stored().get(0);
        String to = "/articles/" + Html.url(id);
        if (ctx.header("HX-Request") != null) {
            ctx.header("HX-Redirect", to).status(200);
        } else {
            ctx.redirect(to, io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void createWatchlist(Context ctx) {
        Map<String, List<String>> form = ctx.formParamMap();
        EventFilter f;
        try {
            f = filter(form);
            wb.watchlists().create(new Watchlist(null, ctx.formParam("name"), f, ctx.formParam("webhook")));
        } catch (BadRequestException e) {
            EventFilter draft;
            try {
                draft = filter(form);
            } catch (BadRequestException e2) {
                draft = EventFilter.ANY;
            }
            ctx.status(400).html(WatchlistsPage.render(wb.watchlists().all(), wb.watchlists().matches(null, 100), draft, e.getMessage(), wb.store().topActors(300)));
            return;
        }
        ctx.redirect("/watchlists", io.javalin.http.HttpStatus.SEE_OTHER);
    }

}
