package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Document;

/**
 * The load script (not a timed test, skipped unless -Drasd.load=true): 200 concurrent clients read events through
 * the API while an ingest of new articles runs over HTTP; counts errors and reports p50/p99 latency.
 * <pre>mvn -B -q -pl rasd-server -am verify -Dtest=LoadCheck -Dsurefire.failIfNoSpecifiedTests=false -Drasd.load=true</pre>
 */
class LoadCheck {
    static final int CLIENTS = Integer.getInteger("rasd.load.clients", 200);
    static final int REQUESTS_PER_CLIENT = Integer.getInteger("rasd.load.requests", 50);
    static final int PRELOAD = Integer.getInteger("rasd.load.preload", 2000);
    static final int INGEST = Integer.getInteger("rasd.load.ingest", 400);
    static final String[] QUERIES = {"/api/events?limit=50", "/api/events?actor=MAR&either=true", "/api/events?category=THREATEN,ASSAULT&sort=-goldstein",
            "/api/events?from=2026-03-01&to=2026-03-31&limit=20", "/api/events?modality=claimed&offset=40&limit=20", "/api/events?recipient=USA&sort=actor"};

    @Test
    void readersWhileIngesting() throws Exception {
        assumeTrue(Boolean.getBoolean("rasd.load"), "load script: run with -Drasd.load=true");
        Path dir = Files.createTempDirectory("rasd-load");
        try (TestServer ts = new TestServer(dir)) {
            String[] codes = {"MAR", "USA", "DZA", "IRN", "FRA", "ESP", "POLISARIO", "RUS"};
            String[] cats = {"CONSULT", "AID", "THREATEN", "ASSAULT", "AGREE", "ACCUSE"};
            for (int i = 0; i < PRELOAD; i++) {
                String a = codes[i % codes.length], b = codes[(i * 3 + 1) % codes.length];
                if (a.equals(b)) b = "USA".equals(a) ? "MAR" : "USA";
                String cat = cats[i % cats.length];
                String date = String.format(Locale.ROOT, "2026-%02d-%02d", 1 + i % 6, 1 + i % 28);
                ts.server.workbench().ingestDocument(Docs.doc("p" + i, date, "خبر " + i, "بحث المغرب مع الولايات المتحدة التعاون رقم " + i + ".")
                        .mention("المغرب", "MAR", "Morocco", "COUNTRY")
                        .event(cat, "بحث", a, a, b, b, cat.equals("THREATEN") || cat.equals("ASSAULT") ? -6 : 3, 1, i % 5 == 0 ? "claimed" : "asserted", a + " " + cat + " " + b)
                        .build());
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(java.util.concurrent.Executors.newFixedThreadPool(16)).build();
            ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean ingesting = new AtomicBoolean(true);
            AtomicInteger ingested = new AtomicInteger();
            Thread ingest = new Thread(() -> {
                try {
                    for (int i = 0; i < INGEST; i++) {
                        String body = "{\"text\":\"هددت الجزائر المغرب بالرد العسكري في البيان رقم " + i + ".\",\"date\":\"2026-05-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "\"}";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ts.base + "/api/articles")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            errors.incrementAndGet();
                            errorSamples.add("ingest " + r.statusCode() + " " + r.body());
                        } else ingested.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add("ingest " + e);
                } finally {
                    ingesting.set(false);
                }
            });
            CountDownLatch go = new CountDownLatch(1), done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        for (int k = 0; k < REQUESTS_PER_CLIENT; k++) {
                            String q = QUERIES[(id + k) % QUERIES.length];
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ts.base + q)).timeout(Duration.ofSeconds(60)).GET().build(),
                                        HttpResponse.BodyHandlers.ofString());
                                lat.add(System.nanoTime() - t0);
                                if (r.statusCode() != 200 || !r.body().startsWith("{\"items\"")) {
                                    errors.incrementAndGet();
                                    errorSamples.add(q + " " + r.statusCode());
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                errorSamples.add(q + " " + e);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
                t.start();
            }
            long t0 = System.nanoTime();
            ingest.start();
            go.countDown();
            done.await();
            double readSeconds = (System.nanoTime() - t0) / 1e9;
            boolean overlapped = ingesting.get() || ingested.get() > 0;
            ingest.join();
            List<Long> sorted = new ArrayList<>(lat);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "load: %d clients x %d reads over %d preloaded events, %d articles ingested over HTTP meanwhile%n",
                    CLIENTS, REQUESTS_PER_CLIENT, PRELOAD, ingested.get());
            System.out.printf(Locale.ROOT, "load: %d reads in %.1f s (%.0f/s), errors %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.size(), readSeconds, sorted.size() / readSeconds, errors.get(), pct(sorted, 50), pct(sorted, 99), pct(sorted, 100));
            errorSamples.stream().limit(5).forEach(s -> System.out.println("load: error " + s));
            assertThat(errors.get()).isZero();
            assertThat(overlapped).isTrue();
            assertThat(sorted).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
