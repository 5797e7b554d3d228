package org.rasd.server.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rasd.core.io.DocumentJson;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Sentence;

/**
 * The workbench's own store: documents in memory, indexed for the pages, and journaled one JSON document a line to
 * {@code DIR/workbench/documents.jsonl} so that a restart finds them again. Reads share a lock; a write takes it alone.
 */
public final class MemoryStore implements WorkbenchStore {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Document> docs = new LinkedHashMap<>();
    private final Map<String, Set<String>> terms = new HashMap<>();
    private final List<EventRow> events = new ArrayList<>();
    private final Path journal;
    private final boolean searchable;
    private BufferedWriter writer;

    private MemoryStore(Path journal, boolean searchable) {
        this.journal = journal;
        this.searchable = searchable;
    }

    /** A store that keeps nothing on disk (for tests and the paste box). */
    public static MemoryStore inMemory() {
        return new MemoryStore(null, true);
    }

    /** Opens (or creates) the store under a data directory, replaying its journal. */
    public static MemoryStore open(Path dataDir) {
        return open(dataDir, true);
    }

    /** As {@link #open(Path)}; without {@code searchable} no search terms are kept (a view whose search is elsewhere). */
    public static MemoryStore open(Path dataDir, boolean searchable) {
        Path j = dataDir.resolve("workbench").resolve("documents.jsonl");
        MemoryStore s = new MemoryStore(j, searchable);
        try {
            Files.createDirectories(j.getParent());
            if (Files.exists(j)) {
                int line = 0;
                for (String l : Files.readAllLines(j, StandardCharsets.UTF_8)) {
                    line++;
                    if (l.isBlank()) continue;
                    try {
                        s.index(DocumentJson.fromJson(l));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(j + ":" + line + ": " + e.getMessage(), e);
                    }
                }
            }
            s.writer = Files.newBufferedWriter(j, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the workbench store in " + dataDir + ": " + e.getMessage(), e);
        }
        return s;
    }

    @Override
    public boolean put(Document d) {
        lock.writeLock().lock();
        try {
            if (docs.containsKey(d.id())) return false;
            if (writer != null) {
                writer.write(DocumentJson.toJson(d, false));
                writer.write('\n');
                writer.flush();
            }
            index(d);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + journal + ": " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void index(Document d) {
        if (docs.containsKey(d.id())) return;
        docs.put(d.id(), d);
        if (searchable) terms.put(d.id(), ArticleTerms.of((d.title() == null ? "" : d.title() + "\n") + d.text()));
        for (Event e : d.events()) events.add(new EventRow(d.id(), d.title(), d.source(), d.url(), d.date(), e));
    }

    /** Whether a document with this id is stored. */
    public boolean contains(String id) {
        return read(() -> docs.containsKey(id));
    }

    /** The ids of every stored document. */
    public java.util.Set<String> ids() {
        return read(() -> java.util.Set.copyOf(docs.keySet()));
    }

    /** Deletes the journal of a data directory (the view is then rebuilt from the system of record). */
    public static void deleteJournal(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve("workbench").resolve("documents.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the workbench journal in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Document> article(String id) {
        return read(() -> Optional.ofNullable(docs.get(id)));
    }

    @Override
    public Page<Views.ArticleSummary> articles(int offset, int limit) {
        return read(() -> {
            List<Document> all = new ArrayList<>(docs.values());
            all.sort(Comparator.comparing((Document d) -> d.date() == null ? "" : d.date()).reversed().thenComparing(Document::id));
            List<Views.ArticleSummary> items = all.stream().skip(offset).limit(limit).map(MemoryStore::summary).toList();
            return new Page<>(items, all.size(), offset, limit);
        });
    }

    static Views.ArticleSummary summary(Document d) {
        List<String> flags = d.quality().flags().stream().map(f -> f.kind()).distinct().sorted().toList();
        return new Views.ArticleSummary(d.id(), d.title(), d.source(), d.date(), d.mentions().size(), d.events().size(), flags);
    }

    @Override
    public Page<EventRow> events(EventFilter f, String sort, int offset, int limit) {
        return read(() -> {
            List<EventRow> m = new ArrayList<>(events.stream().filter(f::matches).toList());
            m.sort(order(sort));
            return new Page<>(m.stream().skip(offset).limit(limit).toList(), m.size(), offset, limit);
        });
    }

    public static final Set<String> SORTS = Set.of("date", "-date", "event", "goldstein", "-goldstein", "actor", "recipient");

    static Comparator<EventRow> order(String sort) {
        String s = sort == null || sort.isBlank() ? "-date" : sort;
        Comparator<EventRow> byId = Comparator.comparing(r -> r.event().id());
        Comparator<EventRow> c = switch (s) {
            case "date" -> Comparator.comparing(EventRow::date);
            case "-date" -> Comparator.comparing(EventRow::date).reversed();
            case "event" -> Comparator.comparing(r -> r.event().event());
            case "goldstein" -> Comparator.comparingDouble(r -> r.event().goldstein());
            case "-goldstein" -> Comparator.comparingDouble((EventRow r) -> r.event().goldstein()).reversed();
            case "actor" -> Comparator.comparing(EventRow::actorCode);
            case "recipient" -> Comparator.comparing(EventRow::recipientCode);
            default -> throw new BadRequestException("sort: '" + s + "' is not one of " + new TreeSet<>(SORTS));
        };
        return c.thenComparing(byId);
    }

    @Override
    public List<EventRow> allEvents(EventFilter f) {
        return read(() -> {
            List<EventRow> m = new ArrayList<>(events.stream().filter(f::matches).toList());
            m.sort(order("date"));
            return m;
        });
    }

    @Override
    public Optional<Views.ActorProfile> actor(String code) {
        String c = code.toUpperCase(java.util.Locale.ROOT);
        return read(() -> {
            Set<String> names = new TreeSet<>();
            String country = null, sector = null, type = null;
            for (Document d : docs.values()) {
                for (Mention m : d.mentions()) {
                    if (c.equals(m.code()) || c.equals(m.entity())) {
                        if (m.name() != null) names.add(m.name());
                        names.add(m.text());
                        country = country == null ? m.country() : country;
                        sector = sector == null ? m.sector() : sector;
                        type = type == null ? m.type() : type;
                    }
                }
            }
            List<EventRow> mine = new ArrayList<>();
            int asActor = 0, asRecipient = 0;
            Map<String, double[]> with = new TreeMap<>();
            Map<String, String> partnerNames = new HashMap<>();
            for (EventRow r : events) {
                boolean a = r.actorCodes().contains(c), rc = r.recipientCodes().contains(c);
                if (!a && !rc) continue;
                mine.add(r);
                if (a) asActor++;
                if (rc) asRecipient++;
                for (EventActor x : r.event().actor()) if (x.name() != null && c.equals(x.code())) names.add(x.name());
                for (EventActor x : r.event().recipient()) if (x.name() != null && c.equals(x.code())) names.add(x.name());
                List<EventActor> others = new ArrayList<>();
                if (a) others.addAll(r.event().recipient());
                if (rc) others.addAll(r.event().actor());
                for (EventActor o : others) {
                    if (o.code() == null || o.code().equals(c)) continue;
                    double[] acc = with.computeIfAbsent(o.code(), k -> new double[2]);
                    acc[0]++;
                    acc[1] += r.event().goldstein();
                    partnerNames.putIfAbsent(o.code(), EventRow.label(o));
                }
            }
            if (mine.isEmpty() && names.isEmpty()) return Optional.<Views.ActorProfile>empty();
            List<Views.Counterpart> all = with.entrySet().stream()
                    .map(e -> new Views.Counterpart(e.getKey(), partnerNames.get(e.getKey()), (int) e.getValue()[0], round(e.getValue()[1] / e.getValue()[0])))
                    .sorted(Comparator.comparingInt(Views.Counterpart::events).reversed().thenComparing(Views.Counterpart::code)).toList();
            mine.sort(order("-date"));
            return Optional.of(new Views.ActorProfile(c, List.copyOf(names), country, sector, type, mine.size(), asActor, asRecipient,
                    bucket(mine, List.of(), "month"),
                    all.stream().filter(p -> p.meanGoldstein() >= 0).toList(),
                    all.stream().filter(p -> p.meanGoldstein() < 0).toList(),
                    mine.stream().limit(50).toList()));
        });
    }

    @Override
    public Views.Network network(EventFilter f, int maxNodes) {
        return read(() -> {
            Map<String, Integer> count = new HashMap<>();
            Map<String, String> name = new HashMap<>();
            Map<String, double[]> pair = new TreeMap<>();
            for (EventRow r : events) {
                if (!f.matches(r)) continue;
                for (EventActor a : r.event().actor()) {
                    for (EventActor b : r.event().recipient()) {
                        if (a.code() == null || b.code() == null || a.code().equals(b.code())) continue;
                        String x = a.code().compareTo(b.code()) < 0 ? a.code() : b.code();
                        String y = x.equals(a.code()) ? b.code() : a.code();
                        double[] acc = pair.computeIfAbsent(x + "\t" + y, k -> new double[2]);
                        acc[0]++;
                        acc[1] += r.event().goldstein();
                        count.merge(a.code(), 1, Integer::sum);
                        count.merge(b.code(), 1, Integer::sum);
                        name.putIfAbsent(a.code(), EventRow.label(a));
                        name.putIfAbsent(b.code(), EventRow.label(b));
                    }
                }
            }
            List<String> keep = count.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(maxNodes).map(Map.Entry::getKey).toList();
            Set<String> kept = Set.copyOf(keep);
            List<Views.Node> nodes = keep.stream().sorted().map(k -> new Views.Node(k, name.get(k), count.get(k))).toList();
            List<Views.Edge> edges = new ArrayList<>();
            for (Map.Entry<String, double[]> e : pair.entrySet()) {
                String[] xy = e.getKey().split("\t");
                if (!kept.contains(xy[0]) || !kept.contains(xy[1])) continue;
                double mean = round(e.getValue()[1] / e.getValue()[0]);
                edges.add(new Views.Edge(xy[0], xy[1], (int) e.getValue()[0], mean, (int) Math.signum(mean)));
            }
            return new Views.Network(nodes, edges);
        });
    }

    @Override
    public List<Views.PeriodCount> counts(EventFilter f, String bucket) {
        if (!"day".equals(bucket) && !"month".equals(bucket)) throw new BadRequestException("bucket: '" + bucket + "' is not day or month");
        return read(() -> bucket(events.stream().filter(f::matches).toList(),
                f.isEmpty() ? new ArrayList<>(docs.values()) : List.of(), bucket));
    }

    private static List<Views.PeriodCount> bucket(List<EventRow> rows, List<Document> articles, String bucket) {
        int len = "day".equals(bucket) ? 10 : 7;
        TreeMap<String, int[]> m = new TreeMap<>();
        for (Document d : articles) {
            if (d.date() == null || d.date().length() < len) continue;
            m.computeIfAbsent(d.date().substring(0, len), k -> new int[4])[0]++;
        }
        for (EventRow r : rows) {
            if (r.date().length() < len) continue;
            int[] c = m.computeIfAbsent(r.date().substring(0, len), k -> new int[4]);
            c[1]++;
            if (r.event().goldstein() > 0) c[2]++;
            else if (r.event().goldstein() < 0) c[3]++;
        }
        return m.entrySet().stream().map(e -> new Views.PeriodCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    @Override
    public List<Views.SearchHit> search(String query, int limit) {
        if (!searchable) throw new IllegalStateException("this view keeps no search terms");
        List<Set<String>> words = ArticleTerms.words(query);
        if (words.isEmpty()) throw new BadRequestException("q: the query has no words");
        return read(() -> {
            List<Views.SearchHit> hits = new ArrayList<>();
            for (Document d : docs.values()) {
                Set<String> t = terms.get(d.id());
                boolean all = words.stream().allMatch(w -> w.stream().anyMatch(t::contains));
                if (!all) continue;
                hits.add(new Views.SearchHit(d.id(), d.title(), d.date(), snippet(d, words), List.of(), d.events().size()));
            }
            hits.sort(Comparator.comparing((Views.SearchHit h) -> h.date() == null ? "" : h.date()).reversed().thenComparing(Views.SearchHit::articleId));
            return hits.stream().limit(limit).toList();
        });
    }

    private static String snippet(Document d, List<Set<String>> words) {
        for (Sentence s : d.sentences()) {
            Set<String> st = ArticleTerms.of(s.text());
            if (words.stream().anyMatch(w -> w.stream().anyMatch(st::contains))) return cut(s.text());
        }
        return cut(d.text());
    }

    private static String cut(String s) {
        return s.length() <= 240 ? s : s.substring(0, 240) + "…";
    }

    @Override
    public List<Views.ActorCount> topActors(int n) {
        return read(() -> {
            Map<String, Integer> c = new HashMap<>();
            Map<String, String> name = new HashMap<>();
            for (EventRow r : events) {
                Set<String> seen = new java.util.HashSet<>();
                for (EventActor a : concat(r.event().actor(), r.event().recipient())) {
                    if (a.code() == null || !seen.add(a.code())) continue;
                    c.merge(a.code(), 1, Integer::sum);
                    name.putIfAbsent(a.code(), EventRow.label(a));
                }
            }
            return c.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).map(e -> new Views.ActorCount(e.getKey(), name.get(e.getKey()), e.getValue())).toList();
        });
    }

    @Override
    public List<Views.PairCount> topPairs(int n) {
        return read(() -> {
            Map<String, double[]> c = new HashMap<>();
            for (EventRow r : events) {
                for (EventActor a : r.event().actor())
                    for (EventActor b : r.event().recipient()) {
                        if (a.code() == null || b.code() == null) continue;
                        double[] acc = c.computeIfAbsent(a.code() + "\t" + b.code(), k -> new double[2]);
                        acc[0]++;
                        acc[1] += r.event().goldstein();
                    }
            }
            return c.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0]).reversed().thenComparing(Map.Entry::getKey))
                    .limit(n).map(e -> {
                        String[] xy = e.getKey().split("\t");
                        return new Views.PairCount(xy[0], xy[1], (int) e.getValue()[0], round(e.getValue()[1] / e.getValue()[0]));
                    }).toList();
        });
    }

    @Override
    public Views.Stats stats() {
        return read(() -> {
            int mentions = docs.values().stream().mapToInt(d -> d.mentions().size()).sum();
            Set<String> actors = new java.util.HashSet<>();
            for (EventRow r : events) { actors.addAll(r.actorCodes()); actors.addAll(r.recipientCodes()); }
            return new Views.Stats(docs.size(), events.size(), mentions, actors.size());
        });
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (writer != null) writer.close();
            writer = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private <T> T read(java.util.function.Supplier<T> s) {
        lock.readLock().lock();
        try {
            return s.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
