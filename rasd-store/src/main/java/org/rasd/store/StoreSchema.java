package org.rasd.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned DuckDB schema. Each migration is applied once, in order, in its own transaction, and recorded in
 * {@code schema_version}; {@link #migrate} runs on every open of a writable store. Add migrations at the end, never
 * edit one that has shipped.
 */
final class StoreSchema {
    /** Migration n (1-based) brings the schema from version n-1 to n. */
    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE ingest_runs (
              run_id BIGINT PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, inputs VARCHAR,
              status VARCHAR NOT NULL, read BIGINT NOT NULL DEFAULT 0, stored BIGINT NOT NULL DEFAULT 0,
              duplicates BIGINT NOT NULL DEFAULT 0, rejected BIGINT NOT NULL DEFAULT 0);
            CREATE TABLE articles (
              id VARCHAR PRIMARY KEY, external_id VARCHAR, origin VARCHAR, title VARCHAR, section VARCHAR, source VARCHAR,
              url VARCHAR, author VARCHAR, date DATE, date_raw VARCHAR, language VARCHAR, text VARCHAR NOT NULL,
              num_sentences INTEGER NOT NULL, num_mentions INTEGER NOT NULL, num_events INTEGER NOT NULL,
              minhash VARCHAR, story_id VARCHAR NOT NULL, run_id BIGINT NOT NULL, seq BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL);
            CREATE TABLE quality_flags (
              article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, kind VARCHAR NOT NULL, start_offset INTEGER, end_offset INTEGER,
              text VARCHAR);
            CREATE TABLE sentences (
              article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
              text VARCHAR NOT NULL, flags VARCHAR NOT NULL);
            CREATE TABLE mentions (
              article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
              text VARCHAR, sentence INTEGER, entity VARCHAR, type VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR,
              sector VARCHAR, resolution VARCHAR, rule VARCHAR);
            CREATE TABLE events (
              id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, event VARCHAR NOT NULL, mode VARCHAR, context VARCHAR,
              cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, actor_codes VARCHAR NOT NULL, recipient_codes VARCHAR NOT NULL,
              location_text VARCHAR, location_start INTEGER, location_end INTEGER, location_country VARCHAR, date DATE, date_raw VARCHAR, modality VARCHAR, modality_class VARCHAR NOT NULL,
              claimant_code VARCHAR, sentence INTEGER, trigger_start INTEGER, trigger_end INTEGER, trigger VARCHAR,
              evidence VARCHAR, rule VARCHAR, confidence DOUBLE, gloss VARCHAR, in_article_mentions INTEGER, ordinal INTEGER NOT NULL,
              dedup_key VARCHAR NOT NULL, canonical_id VARCHAR);
            CREATE TABLE event_actors (
              event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, idx INTEGER NOT NULL, code VARCHAR, country VARCHAR,
              sector VARCHAR, entity VARCHAR, name VARCHAR, start_offset INTEGER, end_offset INTEGER, text VARCHAR);
            CREATE TABLE canonical_events (
              id VARCHAR PRIMARY KEY, dedup_key VARCHAR NOT NULL, event VARCHAR NOT NULL, actor_codes VARCHAR NOT NULL,
              recipient_codes VARCHAR NOT NULL, modality_class VARCHAR NOT NULL, first_date DATE, last_date DATE,
              num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
              first_event_id VARCHAR NOT NULL, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, avg_confidence DOUBLE);
            CREATE TABLE actors (
              entity VARCHAR PRIMARY KEY, code VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR, sector VARCHAR);
            CREATE TABLE rejects (
              id VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, reason VARCHAR NOT NULL, run_id BIGINT NOT NULL,
              rejected_at TIMESTAMP NOT NULL);
            CREATE INDEX events_article ON events(article_id);
            CREATE INDEX articles_story ON articles(story_id);
            CREATE VIEW stories AS
              SELECT story_id, count(*) AS num_articles, count(DISTINCT coalesce(source, '')) AS num_sources,
                     min(date) AS first_date, max(date) AS last_date, arg_min(title, seq) AS title
              FROM articles GROUP BY story_id;
            """);

    private StoreSchema() {}

    static int latest() { return MIGRATIONS.size(); }

    /** The schema version of an open database, 0 when it is empty. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = 'main'")) {
            r.next();
            if (r.getLong(1) == 0) return 0;
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Brings the database to the latest version; refuses a database written by a newer Rasd. */
    static void migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
            c.commit();
            int v = version(c);
            if (v > latest()) {
                throw new StoreException("the store has schema version " + v + ", newer than this Rasd supports (" + latest() + "): upgrade Rasd");
            }
            for (int i = v; i < latest(); i++) {
                for (String stmt : MIGRATIONS.get(i).split(";\\s*\\n")) {
                    if (!stmt.isBlank()) s.execute(stmt);
                }
                s.execute("INSERT INTO schema_version VALUES (" + (i + 1) + ", current_timestamp)");
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
