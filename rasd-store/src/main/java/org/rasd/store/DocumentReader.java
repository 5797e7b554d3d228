package org.rasd.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Quality;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Sentence;

/** Rebuilds an extracted {@link Document} from the store's tables (the exact document that was ingested). */
final class DocumentReader {
    private final Connection c;

    DocumentReader(Connection c) { this.c = c; }

    Optional<Document> read(String id) throws SQLException {
        String[] a;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT external_id, origin, title, section, source, url, author, date_raw, language, text FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Optional.empty();
                a = new String[10];
                for (int i = 0; i < 10; i++) a[i] = r.getString(i + 1);
            }
        }
        List<QualityFlag> flags = new ArrayList<>();
        try (ResultSet r = query("SELECT kind, start_offset, end_offset, text FROM quality_flags WHERE article_id = ? ORDER BY idx", id)) {
            while (r.next()) flags.add(new QualityFlag(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4)));
        }
        List<Sentence> sentences = new ArrayList<>();
        try (ResultSet r = query("SELECT idx, start_offset, end_offset, text, flags FROM sentences WHERE article_id = ? ORDER BY idx", id)) {
            while (r.next()) {
                String f = r.getString(5);
                sentences.add(new Sentence(r.getInt(1), r.getInt(2), r.getInt(3), r.getString(4), f.isEmpty() ? List.of() : Arrays.asList(f.split(","))));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        try (ResultSet r = query("""
                SELECT start_offset, end_offset, text, sentence, entity, type, name, code, country, sector, resolution, rule
                FROM mentions WHERE article_id = ? ORDER BY idx""", id)) {
            while (r.next()) {
                mentions.add(new Mention(r.getInt(1), r.getInt(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12)));
            }
        }
        List<Event> events = StoredEvents.ofArticle(c, id);
        return Optional.of(new Document(Document.SCHEMA_VERSION, id, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                new Quality(flags), sentences, mentions, events));
    }

    private ResultSet query(String sql, String id) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        p.setString(1, id);
        p.closeOnCompletion();
        return p.executeQuery();
    }
}
