package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.model.Document;
import org.rasd.server.api.RouteTable;

/** The JSON API over real HTTP, against a store in a temporary directory. */
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    TestServer ts;

    @BeforeEach
    void start() {
        ts = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        ts.close();
    }

    void loadCorpus() {
        for (Document d : Docs.corpus()) ts.server.workbench().ingestDocument(d);
    }

    JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        JsonNode doc = json(ts.get("/openapi.json"));
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> p = doc.path("paths").fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = doc.path("paths").path(path).fieldNames(); m.hasNext(); ) documented.add(m.next().toUpperCase() + " " + path);
        }
        Set<String> served = new TreeSet<>();
        for (RouteTable.Route r : ts.server.apiRoutes()) served.add(r.method() + " " + r.path());
        assertThat(served).hasSizeGreaterThan(14);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void extractDoesNotStore() throws Exception {
        String seed = Files.readString(Path.of(System.getProperty("rasd.shared", "../../shared"), "corpus", "seed-000.txt"));
        HttpResponse<String> r = ts.post("/api/extract", "application/json", JSON.writeValueAsString(java.util.Map.of("text", seed, "date", "2023-04-20")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = json(r);
        assertThat(d.path("text").asText()).isEqualTo(seed);
        assertThat(d.path("sentences").size()).isGreaterThan(10);
        assertThat(d.path("quality").path("flags").size()).isGreaterThan(0);
        HttpResponse<String> plain = ts.post("/api/extract", "text/plain; charset=utf-8", "أعلن المغرب اليوم عن اتفاق جديد.");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(json(ts.get("/api/stats")).path("articles").asInt()).isZero();
    }

    @Test
    void badInputGivesJsonErrorsWithStatus() throws Exception {
        HttpResponse<String> r = ts.post("/api/extract", "application/json", "{\"title\": \"\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).contains("text");
        r = ts.post("/api/articles", "application/json", "{not json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).contains("not valid JSON");
        r = ts.get("/api/events?modality=rumoured");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).contains("modality").contains("rumoured");
        r = ts.get("/api/events?from=2026-13-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).contains("from");
        r = ts.get("/api/events?limit=abc");
        assertThat(json(r).path("error").asText()).contains("limit");
        r = ts.get("/api/events?sort=colour");
        assertThat(r.statusCode()).isEqualTo(400);
        r = ts.get("/api/articles/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("error").asText()).contains("nope");
        r = ts.get("/api/export/xlsx");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(ts.get("/api/query?sql=SELECT%201").statusCode()).isEqualTo(404);
        assertThat(json(ts.get("/api/no-such")).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void bodiesAreSizeLimited() throws Exception {
        String big = "{\"text\":\"" + "ا".repeat(5_000_000) + "\"}";
        HttpResponse<String> r = ts.post("/api/extract", "application/json", big);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> r = ts.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(ts.base + "/api/stats"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void crossSiteWritesAndForeignHostsAreRefused() throws Exception {
        HttpResponse<String> r = ts.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(ts.base + "/api/watchlists"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"filter\":{\"actor\":\"MAR\"},\"webhook\":\"https://evil.example/h\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("error").asText()).contains("cross-site");
        assertThat(json(ts.get("/api/watchlists")).size()).isZero();
        r = ts.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(ts.base + "/api/watchlists"))
                .header("Origin", ts.base).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"filter\":{\"actor\":\"MAR\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
        // Host is a restricted header in java.net.http; a plain socket sends a rebinding-style request
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", ts.server.port())) {
            s.getOutputStream().write("GET /api/stats HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String head = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(head).startsWith("HTTP/1.1 403");
        }
        assertThat(raw.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + ts.server.port() + "/api/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void ingestOverHttpIsIdempotent() throws Exception {
        String body = "{\"articles\":[{\"text\":\"هددت الجزائر المغرب بالرد.\",\"date\":\"2026-05-01\"},{\"text\":\"زار وزير الخارجية المغربي واشنطن.\"},{\"text\":\"\"}]}";
        HttpResponse<String> r = ts.post("/api/articles", "application/json", body);
        assertThat(r.statusCode()).isEqualTo(400); // the empty third article is named
        assertThat(json(r).path("error").asText()).contains("articles[2]");
        body = "{\"articles\":[{\"text\":\"هددت الجزائر المغرب بالرد.\",\"date\":\"2026-05-01\"},{\"text\":\"زار وزير الخارجية المغربي واشنطن.\"}]}";
        r = ts.post("/api/articles", "application/json", body);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(json(r).path("stored").size()).isEqualTo(2);
        r = ts.post("/api/articles", "application/json", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("stored").size()).isZero();
        assertThat(json(r).path("duplicates").size()).isEqualTo(2);
        String id = json(r).path("duplicates").get(0).asText();
        assertThat(json(ts.get("/api/articles/" + id)).path("text").asText()).contains("الجزائر");
        assertThat(json(ts.get("/api/articles")).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void eventFiltersSortingAndPaging() throws Exception {
        loadCorpus();
        assertThat(json(ts.get("/api/events")).path("total").asInt()).isEqualTo(3);
        assertThat(ids(ts.get("/api/events?actor=MAR"))).containsExactly("a1:0");
        assertThat(ids(ts.get("/api/events?actor=MAR&either=true"))).containsExactly("a3:0", "a1:0");
        assertThat(ids(ts.get("/api/events?recipient=MAR"))).containsExactly("a3:0");
        assertThat(ids(ts.get("/api/events?category=THREATEN,ASSAULT"))).containsExactly("a3:0");
        assertThat(ids(ts.get("/api/events?category=AID&category=CONSULT&sort=date"))).containsExactly("a1:0", "a2:0");
        assertThat(ids(ts.get("/api/events?modality=claimed"))).containsExactly("a2:0");
        assertThat(ids(ts.get("/api/events?from=2026-03-02&to=2026-03-31"))).containsExactly("a2:0");
        assertThat(ids(ts.get("/api/events?q=" + enc("طائرات")))).containsExactly("a2:0");
        assertThat(ids(ts.get("/api/events?q=drones"))).containsExactly("a2:0");
        assertThat(ids(ts.get("/api/events?sort=goldstein"))).containsExactly("a3:0", "a1:0", "a2:0");
        JsonNode page = json(ts.get("/api/events?sort=date&offset=1&limit=1"));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("items").get(0).path("event").path("id").asText()).isEqualTo("a2:0");
    }

    static List<String> ids(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.body()).path("items")) out.add(n.path("event").path("id").asText());
        return out;
    }

    @Test
    void actorNetworkCountsAndSearch() throws Exception {
        loadCorpus();
        JsonNode mar = json(ts.get("/api/actors/MAR"));
        assertThat(mar.path("events").asInt()).isEqualTo(2);
        assertThat(mar.path("names").toString()).contains("Morocco").contains("المغرب");
        assertThat(mar.path("partners").get(0).path("code").asText()).isEqualTo("USA");
        assertThat(mar.path("adversaries").get(0).path("code").asText()).isEqualTo("DZA");
        assertThat(ts.get("/api/actors/XXX").statusCode()).isEqualTo(404);

        JsonNode net = json(ts.get("/api/network"));
        assertThat(net.path("nodes").size()).isEqualTo(5);
        assertThat(net.path("edges").size()).isEqualTo(3);
        for (JsonNode e : net.path("edges")) {
            if (e.path("source").asText().equals("DZA")) assertThat(e.path("sign").asInt()).isEqualTo(-1);
        }
        assertThat(json(ts.get("/api/network?category=CONSULT")).path("edges").size()).isEqualTo(1);

        JsonNode counts = json(ts.get("/api/counts?bucket=month"));
        assertThat(counts.size()).isEqualTo(2);
        assertThat(counts.get(0).path("period").asText()).isEqualTo("2026-03");
        assertThat(counts.get(0).path("articles").asInt()).isEqualTo(2);
        assertThat(counts.get(0).path("cooperation").asInt()).isEqualTo(2);
        assertThat(counts.get(1).path("conflict").asInt()).isEqualTo(1);
        assertThat(ts.get("/api/counts?bucket=week").statusCode()).isEqualTo(400);

        JsonNode hits = json(ts.get("/api/search?q=" + enc("بالمغرب")));
        assertThat(hits.size()).isEqualTo(3); // clitic-aware: بالمغرب finds المغرب
        JsonNode iran = json(ts.get("/api/search?q=" + enc("ايران")));
        assertThat(iran.size()).isEqualTo(1); // spelling variant: ايران finds إيران
        assertThat(iran.get(0).path("article_id").asText()).isEqualTo("a2");
        assertThat(iran.get(0).path("snippet").asText()).contains("إيران");
        assertThat(ts.get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void exportsInTheirFormats() throws Exception {
        loadCorpus();
        // the store's exporter, as `rasd export`: rows are reports, with their canonical event's counts
        HttpResponse<String> csv = ts.get("/api/export/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("event_id,canonical_id,article_id,date,event,").contains("num_mentions,num_articles,num_sources");
        assertThat(lines[3]).contains("THREATEN").contains("DZA");
        assertThat(ts.get("/api/export/csv?category=THREATEN").body().split("\r?\n")).hasSize(2);

        String[] gdelt = ts.get("/api/export/gdelt?category=THREATEN").body().split("\n");
        assertThat(gdelt).hasSize(1);
        String[] cols = gdelt[0].split("\t", -1);
        assertThat(cols).hasSize(61);
        assertThat(cols[1]).isEqualTo("20260410");
        assertThat(cols[5]).isEqualTo("DZA");
        assertThat(cols[15]).isEqualTo("MAR");
        assertThat(cols[29]).isEqualTo("3");
        assertThat(Double.parseDouble(cols[30].replace(',', '.'))).isEqualTo(-7.0);
        assertThat(cols[31]).isEqualTo("1"); // NumMentions of the canonical event
        assertThat(cols[60]).isEqualTo("https://example.org/a3");
        String[] mentions = ts.get("/api/export/gdelt-mentions?category=THREATEN").body().split("\n");
        assertThat(mentions).hasSize(1);
        assertThat(mentions[0].split("\t", -1)).hasSize(16).startsWith(cols[0]);

        String[] plover = ts.get("/api/export/plover").body().split("\n");
        assertThat(plover).hasSize(3);
        JsonNode p = JSON.readTree(plover[1]);
        assertThat(p.path("event").get(0).asText()).isEqualTo("AID");
        assertThat(p.path("actor").get(0).path("code").asText()).isEqualTo("IRN");
        assertThat(p.path("cite_info").path("article_id").asText()).isEqualTo("a2");
        assertThat(p.path("num_articles").asInt()).isEqualTo(1);

        HttpResponse<byte[]> parquet = ts.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(ts.base + "/api/export/parquet")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(parquet.statusCode()).isEqualTo(200);
        assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(ts.get("/api/export/xls").statusCode()).isEqualTo(404);
    }

    @Test
    void watchlistFiresOnIngestAndPostsToWebhook() throws Exception {
        BlockingQueue<String> received = new ArrayBlockingQueue<>(10);
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", ex -> {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        hook.start();
        try {
            String body = "{\"name\":\"Morocco under threat\",\"filter\":{\"actor\":\"MAR\",\"either\":true,\"categories\":[\"THREATEN\",\"ASSAULT\"]},"
                    + "\"webhook\":\"http://127.0.0.1:" + hook.getAddress().getPort() + "/hook\"}";
            HttpResponse<String> r = ts.post("/api/watchlists", "application/json", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String id = json(r).path("id").asText();
            assertThat(ts.post("/api/watchlists", "application/json", "{\"name\":\"x\",\"filter\":{}}").statusCode()).isEqualTo(400);
            assertThat(ts.post("/api/watchlists", "application/json", "{\"name\":\"x\",\"filter\":{\"actor\":\"MAR\"},\"webhook\":\"javascript:alert(1)\"}").statusCode()).isEqualTo(400);

            loadCorpus();
            JsonNode m = json(ts.get("/api/watchlists/matches?watchlist=" + id));
            assertThat(m.size()).isEqualTo(1);
            assertThat(m.get(0).path("event").asText()).isEqualTo("THREATEN");
            assertThat(m.get(0).path("article_id").asText()).isEqualTo("a3");
            String posted = received.poll(10, TimeUnit.SECONDS);
            assertThat(posted).isNotNull().contains("\"watchlist_id\":\"" + id + "\"").contains("a3");

            // saved across a restart
            ts.close();
            ts = new TestServer(dir);
            assertThat(json(ts.get("/api/watchlists")).get(0).path("name").asText()).isEqualTo("Morocco under threat");
            assertThat(json(ts.get("/api/stats")).path("articles").asInt()).isEqualTo(3);
            assertThat(ts.delete("/api/watchlists/" + id).statusCode()).isEqualTo(204);
            assertThat(ts.delete("/api/watchlists/" + id).statusCode()).isEqualTo(404);
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void pagesEscapeArticleText() throws Exception {
        Document d = Docs.doc("x1", "2026-01-01", "<img src=x onerror=alert(1)>", "قال <script>alert('x')</script> المغرب إن \"هذا\" <b onmouseover=alert(2)>نص</b>.")
                .mention("المغرب", "MAR", "Morocco <i>", "COUNTRY").build();
        ts.server.workbench().ingestDocument(d);
        String html = ts.get("/articles/x1").body();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b onmouseover");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("Morocco &lt;i&gt;");
        HttpResponse<String> r = ts.get("/articles/x1");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        for (String page : List.of("/", "/events", "/articles", "/network", "/paste", "/watchlists", "/actors/MAR", "/articles?q=" + enc("المغرب")))
            assertThat(ts.get(page).statusCode()).as(page).isEqualTo(200);
        HttpResponse<String> missing = ts.get("/articles/none");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found");
    }
}
