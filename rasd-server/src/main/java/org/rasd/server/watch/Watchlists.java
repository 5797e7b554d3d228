package org.rasd.server.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rasd.core.io.DocumentJson;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.server.data.EventRow;

/**
 * The saved watchlists (kept in {@code DIR/workbench/watchlists.json} when a data directory is given), the recent
 * matches (the last {@value #KEEP}), and the listeners told of each new match.
 */
public final class Watchlists {
    static final int KEEP = 1000;
    private static final ObjectMapper JSON = DocumentJson.mapper();
    private final Map<String, Watchlist> lists = new LinkedHashMap<>();
    private final Deque<WatchMatch> matches = new ArrayDeque<>();
    private final List<MatchListener> listeners = new CopyOnWriteArrayList<>();
    private final Path file;
    private long seq;
    private int nextId = 1;

    private Watchlists(Path file) {
        this.file = file;
    }

    public static Watchlists inMemory() { return new Watchlists(null); }

    public static Watchlists open(Path dataDir) {
        Path f = dataDir.resolve("workbench").resolve("watchlists.json");
        Watchlists w = new Watchlists(f);
        if (Files.exists(f)) {
            try {
                List<Watchlist> l = JSON.readValue(f.toFile(), new TypeReference<List<Watchlist>>() {});
                for (Watchlist x : l) {
                    w.lists.put(x.id(), x);
                    w.nextId = Math.max(w.nextId, idNumber(x.id()) + 1);
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(f + ": not a valid watchlist file: " + e.getMessage(), e);
            }
        }
        return w;
    }

    public void addListener(MatchListener l) { listeners.add(l); }

    public synchronized List<Watchlist> all() { return List.copyOf(lists.values()); }

    public synchronized Optional<Watchlist> get(String id) { return Optional.ofNullable(lists.get(id)); }

    /** Saves a new watchlist (the id given is ignored) and returns it with its id. */
    public synchronized Watchlist create(Watchlist w) {
        Watchlist saved = new Watchlist("w" + nextId++, w.name(), w.filter(), w.webhook());
        lists.put(saved.id(), saved);
        save();
        return saved;
    }

    public synchronized boolean delete(String id) {
        boolean had = lists.remove(id) != null;
        if (had) save();
        return had;
    }

    /** Newest first, optionally only one watchlist's. */
    public synchronized List<WatchMatch> matches(String watchlistId, int limit) {
        List<WatchMatch> out = new ArrayList<>();
        for (var it = matches.descendingIterator(); it.hasNext() && out.size() < limit; ) {
            WatchMatch m = it.next();
            if (watchlistId == null || watchlistId.equals(m.watchlistId())) out.add(m);
        }
        return out;
    }

    /** Checks a newly stored document against every watchlist; records and announces the matches. */
    public List<WatchMatch> check(Document d) {
        List<Map.Entry<Watchlist, WatchMatch>> fresh = new ArrayList<>();
        synchronized (this) {
            String now = Instant.now().toString();
            for (Watchlist w : lists.values()) {
                for (Event e : d.events()) {
                    EventRow r = new EventRow(d.id(), d.title(), d.source(), d.url(), d.date(), e);
                    if (!w.filter().matches(r)) continue;
                    WatchMatch m = new WatchMatch(++seq, w.id(), w.name(), d.id(), d.title(), e.id(), e.event(),
                            String.join(";", r.actorCodes()), String.join(";", r.recipientCodes()), r.date(), e.gloss(), e.modality(), now);
                    matches.addLast(m);
                    while (matches.size() > KEEP) matches.removeFirst();
                    fresh.add(Map.entry(w, m));
                }
            }
        }
        for (var f : fresh) for (MatchListener l : listeners) l.onMatch(f.getKey(), f.getValue());
        return fresh.stream().map(Map.Entry::getValue).toList();
    }

    private void save() {
        if (file == null) return;
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), List.copyOf(lists.values()));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    private static int idNumber(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
