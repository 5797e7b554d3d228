package org.rasd.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Properties;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Location;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Quality;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Sentence;

/**
 * {@code rasd import DIR}: loads the Parquet tables that the Spark job (rasd-spark) wrote into the store, so that the
 * workbench browses cluster results. DuckDB's {@code read_parquet} reads the tables (hive-partitioned by date); the
 * articles, sentences, mentions and events are streamed, each sorted by article, joined back into the
 * {@link Document}s that the job extracted, and stored through {@link Store#ingestDocuments} with the same rules as an
 * ingest: same ids, duplicates counted, story clusters, search index, and canonical events recomputed by the store
 * (the job computed them under the same rule; its {@code canonical_events} table is there to check, not copied).
 * The job's rejects stay in its {@code rejects} table and are counted in the result.
 */
public final class ParquetImport {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String[] TABLES = {"articles", "sentences", "mentions", "events", "rejects"};

    /**
     * What an import did.
     *
     * @param ingest       the store's counts for the documents (stored, already there as duplicates)
     * @param jobRejects   records the Spark job had rejected (in its rejects table, not imported)
     * @param jobDuplicates further copies the job had already folded into one article
     */
    public record Result(IngestSummary ingest, long jobRejects, long jobDuplicates) {}

    private ParquetImport() {}

    public static Result run(Store store, Path dir, IngestOptions options) {
        for (String t : TABLES) {
            if (!Files.isDirectory(dir.resolve(t))) {
                throw new StoreException(dir + " is not the output of the Rasd Spark job: no " + t + "/ table in it");
            }
        }
        try (Cursor articles = new Cursor(dir, "articles", "id", """
                     SELECT id, external_id, origin, title, section, source, url, author, %s AS date, language, text,
                            to_json(quality) AS quality
                     FROM %s ORDER BY id""");
             Cursor sentences = new Cursor(dir, "sentences", "article_id", """
                     SELECT article_id, "index", "start", "end", text, to_json(flags) AS flags
                     FROM %2$s ORDER BY article_id, "index\"""");
             Cursor mentions = new Cursor(dir, "mentions", "article_id", """
                     SELECT article_id, "start", "end", text, sentence, entity, type, name, code, country, sector, resolution, rule
                     FROM %2$s ORDER BY article_id, mention""");
             Cursor events = new Cursor(dir, "events", "article_id", """
                     SELECT article_id, id, event, mode, context, cameo, goldstein, quad_class, to_json(actor) AS actor,
                            to_json(recipient) AS recipient, to_json(location) AS location, %1$s AS date, modality,
                            to_json(claimant) AS claimant, sentence, trigger_start, trigger_end, trigger, evidence, rule,
                            confidence, gloss, mentions
                     FROM %2$s ORDER BY article_id, ordinal""")) {
            Iterable<Document> docs = () -> new DocumentIterator(articles, sentences, mentions, events);
            IngestSummary s = store.ingestDocuments(docs, options);
            return new Result(s, count(dir, "rejects"), Files.isDirectory(dir.resolve("duplicates")) ? count(dir, "duplicates") : 0);
        } catch (SQLException e) {
            throw new StoreException("cannot read the Parquet tables under " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String source(Path dir, String table) {
        String glob = dir.toAbsolutePath().resolve(table) + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true, hive_types_autocast = false, union_by_name = true)";
    }

    private static long count(Path dir, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + source(dir, table))) {
            r.next();
            return r.getLong(1);
        }
    }

    /** One table read in article order, on its own in-memory DuckDB connection, streamed. */
    private static final class Cursor implements AutoCloseable {
        private final String table;
        private final Connection c;
        private final Statement s;
        private final ResultSet r;
        private boolean has;

        Cursor(Path dir, String table, String keyColumn, String sqlTemplate) throws SQLException {
            this.table = table;
            Properties p = new Properties();
            p.setProperty("jdbc_stream_results", "true");
            this.c = DriverManager.getConnection("jdbc:duckdb:", p);
            this.s = c.createStatement();
            this.r = s.executeQuery(sqlTemplate.formatted("nullif(CAST(\"date\" AS VARCHAR), '__HIVE_DEFAULT_PARTITION__')", source(dir, table)));
            this.has = r.next();
        }

        /** True when the current row belongs to that article; fails on a row of an article that does not exist. */
        boolean at(String articleId) throws SQLException {
            if (!has) return false;
            String k = r.getString(1);
            int cmp = k.compareTo(articleId);
            if (cmp < 0) throw new StoreException("the " + table + " table has rows for article " + k + ", which the articles table lacks");
            return cmp == 0;
        }

        ResultSet row() { return r; }

        void next() throws SQLException { has = r.next(); }

        boolean exhausted() { return !has; }

        @Override
        public void close() throws SQLException {
            try (c; s; r) {
                // closes all three
            }
        }
    }

    private static final class DocumentIterator implements Iterator<Document> {
        private final Cursor articles, sentences, mentions, events;

        DocumentIterator(Cursor articles, Cursor sentences, Cursor mentions, Cursor events) {
            this.articles = articles;
            this.sentences = sentences;
            this.mentions = mentions;
            this.events = events;
        }

        @Override
        public boolean hasNext() {
            if (!articles.exhausted()) return true;
            for (Cursor c : List.of(sentences, mentions, events)) {
                if (!c.exhausted()) {
                    throw new StoreException("the " + c.table + " table has rows for articles that the articles table lacks");
                }
            }
            return false;
        }

        @Override
        public Document next() {
            if (!hasNext()) throw new NoSuchElementException();
            try {
                ResultSet a = articles.row();
                String id = a.getString("id");
                List<QualityFlag> flags = json(a.getString("quality"), new TypeReference<List<QualityFlag>>() {});
                List<Sentence> ss = new ArrayList<>();
                while (sentences.at(id)) {
                    ResultSet r = sentences.row();
                    ss.add(new Sentence(r.getInt("index"), r.getInt("start"), r.getInt("end"), r.getString("text"),
                            json(r.getString("flags"), new TypeReference<List<String>>() {})));
                    sentences.next();
                }
                List<Mention> ms = new ArrayList<>();
                while (mentions.at(id)) {
                    ResultSet r = mentions.row();
                    ms.add(new Mention(r.getInt("start"), r.getInt("end"), r.getString("text"), r.getInt("sentence"),
                            r.getString("entity"), r.getString("type"), r.getString("name"), r.getString("code"),
                            r.getString("country"), r.getString("sector"), r.getString("resolution"), r.getString("rule")));
                    mentions.next();
                }
                List<Event> es = new ArrayList<>();
                while (events.at(id)) {
                    es.add(event(events.row()));
                    events.next();
                }
                Document d = new Document(Document.SCHEMA_VERSION, id, a.getString("external_id"), a.getString("origin"),
                        a.getString("title"), a.getString("section"), a.getString("source"), a.getString("url"),
                        a.getString("author"), a.getString("date"), a.getString("language"), a.getString("text"),
                        new Quality(flags), ss, ms, es);
                articles.next();
                return d;
            } catch (SQLException e) {
                throw new StoreException("cannot read the Parquet tables: " + e.getMessage(), e);
            }
        }

        private static Event event(ResultSet r) throws SQLException {
            List<EventActor> actor = json(r.getString("actor"), new TypeReference<List<EventActor>>() {});
            List<EventActor> recipient = json(r.getString("recipient"), new TypeReference<List<EventActor>>() {});
            return new Event(r.getString("id"), r.getString("event"), r.getString("mode"), r.getString("context"),
                    r.getString("cameo"), r.getDouble("goldstein"), r.getInt("quad_class"),
                    actor == null ? List.of() : actor, recipient == null ? List.of() : recipient,
                    json(r.getString("location"), new TypeReference<Location>() {}), r.getString("date"), r.getString("modality"),
                    json(r.getString("claimant"), new TypeReference<EventActor>() {}), r.getInt("sentence"),
                    r.getInt("trigger_start"), r.getInt("trigger_end"), r.getString("trigger"), r.getString("evidence"),
                    r.getString("rule"), r.getDouble("confidence"), r.getString("gloss"), r.getInt("mentions"));
        }

        private static <T> T json(String s, TypeReference<T> type) {
            if (s == null || s.equals("null")) return type.getType() instanceof Class<?> ? null : emptyList(type);
            try {
                return JSON.readValue(s, type);
            } catch (java.io.IOException e) {
                throw new StoreException("cannot read a nested value " + s + ": " + e.getMessage(), e);
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T emptyList(TypeReference<T> type) { return (T) List.of(); }
    }
}
