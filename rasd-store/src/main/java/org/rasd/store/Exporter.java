package org.rasd.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes stored events out in the field's formats (docs/store.md, "Exports"). */
final class Exporter {
    /** The GDELT 2.0 Events columns, in codebook order. */
    static final List<String> GDELT_EVENT_COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
            "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
            "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    /** The GDELT 2.0 Mentions columns, in codebook order. */
    static final List<String> GDELT_MENTION_COLUMNS = List.of("GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType",
            "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
            "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    /** The event-row columns of the CSV and Parquet exports. */
    static final String ROW_SELECT = """
            SELECT e.id AS event_id, e.canonical_id, e.article_id, e.date, e.event, e.cameo, e.mode, e.context, e.modality,
                   e.modality_class, e.actor_codes, e.recipient_codes, e.claimant_code, e.goldstein, e.quad_class,
                   e.location_text, e.location_country, e.sentence, e.trigger, e.gloss, e.evidence, e.confidence, e.rule,
                   a.source, a.url, a.title, c.num_mentions, c.num_articles, c.num_sources
            FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN canonical_events c ON c.id = e.canonical_id
            WHERE %s ORDER BY e.date NULLS LAST, e.id""";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    Exporter(Connection c) { this.c = c; }

    ExportResult export(ExportFormat format, Path out, EventFilter filter) throws SQLException, IOException {
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        return switch (format) {
            case CSV -> copy(out, filter, "FORMAT csv, HEADER true");
            case PARQUET -> copy(out, filter, "FORMAT parquet");
            case PLOVER -> plover(out, filter);
            case GDELT -> gdelt(out, filter);
        };
    }

    /** The mentions file that goes with a GDELT events file: {@code x.export.CSV} → {@code x.mentions.CSV}, else {@code x.mentions.tsv}. */
    static Path mentionsPath(Path events) {
        String name = events.getFileName().toString();
        String m = name.contains(".export.") ? name.replace(".export.", ".mentions.")
                : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".mentions.tsv";
        return events.resolveSibling(m);
    }

    private ExportResult copy(Path out, EventFilter filter, String options) throws SQLException {
        FilterSql f = FilterSql.of(filter);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.export_rows");
        }
        try (PreparedStatement p = c.prepareStatement("CREATE TEMP TABLE export_rows AS " + ROW_SELECT.formatted(f.where()))) {
            f.bind(p, 1);
            p.execute();
        }
        if (options.contains("csv")) disarmFormulas();
        long rows;
        try (Statement s = c.createStatement()) {
            s.execute("COPY export_rows TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' (" + options + ")");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM export_rows")) {
                r.next();
                rows = r.getLong(1);
            }
            s.execute("DROP TABLE export_rows");
        }
        return new ExportResult(List.of(out), List.of(rows));
    }

    /**
     * Text cells that a spreadsheet would run as a formula (a leading = + - @, tab or carriage return, other than a
     * plain number) get a leading ' in the CSV export (OWASP "CSV injection"): article titles and sources are outside text.
     */
    private void disarmFormulas() throws SQLException {
        List<String> text = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT column_name FROM (DESCRIBE export_rows) WHERE column_type = 'VARCHAR'")) {
            while (r.next()) text.add(r.getString(1));
        }
        if (text.isEmpty()) return;
        List<String> sets = new ArrayList<>();
        for (String col : text) {
            String q = '"' + col.replace("\"", "\"\"") + '"';
            sets.add(q + " = CASE WHEN regexp_matches(" + q + ", '^[=+@\\t\\r-]') AND NOT regexp_matches(" + q + ", '^-?[0-9.]+$')"
                    + " THEN '''' || " + q + " ELSE " + q + " END");
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE export_rows SET " + String.join(", ", sets));
        }
    }

    private record Actor(String code, String country, String sector, String entity, String name, String text, int start) {}

    /** Actors of the events matching the filter, by event id then role. */
    private Map<String, Map<String, List<Actor>>> actors(FilterSql f) throws SQLException {
        Map<String, Map<String, List<Actor>>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT x.event_id, x.role, x.code, x.country, x.sector, x.entity, x.name, x.text, x.start_offset
                FROM event_actors x WHERE x.event_id IN (SELECT e.id FROM events e WHERE %s) ORDER BY x.event_id, x.role, x.idx""".formatted(f.where()))) {
            f.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new HashMap<>()).computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                            .add(new Actor(r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getInt(9)));
                }
            }
        }
        return out;
    }

    private ExportResult plover(Path out, EventFilter filter) throws SQLException, IOException {
        FilterSql f = FilterSql.of(filter);
        Map<String, Map<String, List<Actor>>> actors = actors(f);
        long n = 0;
        String coded = LocalDate.now().toString();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PreparedStatement p = c.prepareStatement(ROW_SELECT.formatted(f.where()))) {
            f.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString("event_id");
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", id);
                    o.put("has_event", true);
                    Date d = r.getDate("date");
                    o.put("date", d == null ? null : d.toLocalDate().toString());
                    Map<String, List<Actor>> roles = actors.getOrDefault(id, Map.of());
                    o.set("actor", entities(roles.get("actor")));
                    o.set("recipient", entities(roles.get("recipient")));
                    o.putArray("event").add(r.getString("event"));
                    if (r.getString("location_text") != null || r.getString("location_country") != null) {
                        ObjectNode loc = o.putObject("event_loc");
                        loc.put("name", r.getString("location_text"));
                        loc.put("country", r.getString("location_country"));
                    }
                    if (r.getString("trigger") != null) o.putArray("event_text").add(r.getString("trigger"));
                    o.put("quad_code", r.getInt("quad_class"));
                    o.put("event_scale", r.getDouble("goldstein"));
                    ArrayNode mode = o.putArray("mode");
                    if (r.getString("mode") != null) mode.add(r.getString("mode"));
                    ArrayNode ctx = o.putArray("context");
                    if (r.getString("context") != null) ctx.add(r.getString("context"));
                    o.put("link", r.getString("canonical_id"));
                    o.put("text", r.getString("evidence"));
                    ObjectNode cite = o.putObject("cite_info");
                    cite.put("source", r.getString("source"));
                    cite.put("url", r.getString("url"));
                    cite.put("article_id", r.getString("article_id"));
                    cite.put("title", r.getString("title"));
                    o.put("coder", "rasd");
                    o.put("coded_date", coded);
                    o.put("comment", r.getString("gloss"));
                    o.put("cameo", r.getString("cameo"));
                    o.put("modality", r.getString("modality"));
                    List<Actor> claimant = roles.get("claimant");
                    o.set("claimant", claimant == null || claimant.isEmpty() ? null : entity(claimant.get(0)));
                    o.put("confidence", r.getDouble("confidence"));
                    o.put("rule", r.getString("rule"));
                    o.put("num_mentions", r.getInt("num_mentions"));
                    o.put("num_articles", r.getInt("num_articles"));
                    o.put("num_sources", r.getInt("num_sources"));
                    w.write(JSON.writeValueAsString(o));
                    w.write('\n');
                    n++;
                }
            }
        }
        return new ExportResult(List.of(out), List.of(n));
    }

    private static ArrayNode entities(List<Actor> list) {
        ArrayNode a = JSON.createArrayNode();
        if (list != null) list.forEach(x -> a.add(entity(x)));
        return a;
    }

    private static ObjectNode entity(Actor x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", x.code());
        o.put("country", x.country());
        o.put("sector", x.sector());
        o.put("entity", x.entity());
        o.put("name", x.name());
        o.put("text", x.text());
        return o;
    }

    private ExportResult gdelt(Path out, EventFilter filter) throws SQLException, IOException {
        FilterSql f = FilterSql.of(filter);
        Map<String, Map<String, List<Actor>>> actors = actors(f);
        Path mentionsOut = mentionsPath(out);
        long events = 0, mentions = 0;
        // canonical events that have at least one row matching the filter, with their representative (first) row
        String canon = """
                SELECT c.id, c.first_date, c.cameo, c.quad_class, c.goldstein, c.num_mentions, c.num_sources, c.num_articles,
                       e.id AS first_event, e.sentence, e.location_text, e.location_country, a.url, a.id AS article_id, a.ingested_at
                FROM canonical_events c JOIN events e ON e.id = c.first_event_id JOIN articles a ON a.id = e.article_id
                WHERE c.id IN (SELECT e.canonical_id FROM events e WHERE %s) ORDER BY c.first_date NULLS LAST, c.id""".formatted(f.where());
        Map<String, Map<String, List<Actor>>> firstActors = new HashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PreparedStatement p = c.prepareStatement(canon)) {
            f.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String first = r.getString("first_event");
                    Map<String, List<Actor>> roles = actors.containsKey(first) ? actors.get(first) : firstActors.computeIfAbsent(first, this::actorsOf);
                    Date d = r.getDate("first_date");
                    LocalDate day = d == null ? null : d.toLocalDate();
                    String cameo = r.getString("cameo");
                    List<String> cols = new ArrayList<>(61);
                    cols.add(Long.toString(globalId(r.getString("id"))));
                    cols.add(day == null ? "" : day.format(DAY));
                    cols.add(day == null ? "" : day.format(DAY).substring(0, 6));
                    cols.add(day == null ? "" : Integer.toString(day.getYear()));
                    cols.add(day == null ? "" : String.format("%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
                    actorColumns(cols, roles.get("actor"));
                    actorColumns(cols, roles.get("recipient"));
                    cols.add(r.getInt("sentence") <= 1 ? "1" : "0");
                    cols.add(nz(cameo));
                    cols.add(cameo == null ? "" : cameo.substring(0, Math.min(3, cameo.length())));
                    cols.add(cameo == null ? "" : cameo.substring(0, Math.min(2, cameo.length())));
                    cols.add(Integer.toString(r.getInt("quad_class")));
                    cols.add(String.format("%.1f", r.getDouble("goldstein")));
                    cols.add(Integer.toString(r.getInt("num_mentions")));
                    cols.add(Integer.toString(r.getInt("num_sources")));
                    cols.add(Integer.toString(r.getInt("num_articles")));
                    cols.add("0");
                    for (int i = 0; i < 16; i++) cols.add(""); // Actor1Geo_*, Actor2Geo_*: not coded
                    String lc = r.getString("location_country"), lt = r.getString("location_text");
                    cols.add(lc == null && lt == null ? "0" : "1");
                    cols.add(nz(lt));
                    cols.add(nz(lc));
                    for (int i = 0; i < 5; i++) cols.add("");
                    Timestamp added = r.getTimestamp("ingested_at");
                    cols.add(added.toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
                    String url = r.getString("url");
                    cols.add(url == null ? "rasd:article:" + r.getString("article_id") : url);
                    w.write(tsv(cols));
                    events++;
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(mentionsOut, StandardCharsets.UTF_8);
             PreparedStatement p = c.prepareStatement("""
                     SELECT e.id, e.canonical_id, c.first_date, e.date, a.date AS article_date, a.source, a.url, a.id AS article_id,
                            e.sentence, e.trigger_start, e.confidence, length(a.text) AS doc_len
                     FROM events e JOIN articles a ON a.id = e.article_id JOIN canonical_events c ON c.id = e.canonical_id
                     WHERE %s ORDER BY c.first_date NULLS LAST, e.canonical_id, e.date NULLS LAST, e.id""".formatted(f.where()))) {
            f.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, List<Actor>> roles = actors.getOrDefault(r.getString("id"), Map.of());
                    List<String> cols = new ArrayList<>(16);
                    cols.add(Long.toString(globalId(r.getString("canonical_id"))));
                    cols.add(timestamp(r.getDate("first_date")));
                    Date md = r.getDate("article_date");
                    cols.add(timestamp(md != null ? md : r.getDate("date")));
                    cols.add("1");
                    cols.add(nz(r.getString("source")));
                    String url = r.getString("url");
                    cols.add(url == null ? "rasd:article:" + r.getString("article_id") : url);
                    cols.add(Integer.toString(r.getInt("sentence") + 1));
                    cols.add(offset(roles.get("actor")));
                    cols.add(offset(roles.get("recipient")));
                    cols.add(Integer.toString(r.getInt("trigger_start")));
                    cols.add("1");
                    cols.add(Long.toString(Math.round(r.getDouble("confidence") * 100)));
                    cols.add(Integer.toString(r.getInt("doc_len")));
                    cols.add("0");
                    cols.add("");
                    cols.add("");
                    w.write(tsv(cols));
                    mentions++;
                }
            }
        }
        return new ExportResult(List.of(out, mentionsOut), List.of(events, mentions));
    }

    private Map<String, List<Actor>> actorsOf(String eventId) {
        Map<String, List<Actor>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT role, code, country, sector, entity, name, text, start_offset FROM event_actors
                WHERE event_id = ? ORDER BY role, idx""")) {
            p.setString(1, eventId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Actor(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getInt(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the actors of event " + eventId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A GDELT GlobalEventID: the canonical id (16 hex digits) as a non-negative 63-bit integer. */
    static long globalId(String canonicalId) {
        return Long.parseUnsignedLong(canonicalId, 16) & Long.MAX_VALUE;
    }

    private static void actorColumns(List<String> cols, List<Actor> list) {
        Actor a = list == null || list.isEmpty() ? null : list.get(0);
        cols.add(a == null ? "" : nz(a.code()));
        cols.add(a == null ? "" : nz(a.name()));
        cols.add(a == null ? "" : nz(a.country()));
        for (int i = 0; i < 4; i++) cols.add(""); // KnownGroup, Ethnic, Religion1, Religion2
        cols.add(a == null ? "" : nz(a.sector()));
        cols.add("");
        cols.add("");
    }

    private static String offset(List<Actor> list) {
        return list == null || list.isEmpty() ? "-1" : Integer.toString(list.get(0).start());
    }

    private static String timestamp(Date d) {
        return d == null ? "" : d.toLocalDate().format(DAY) + "000000";
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String tsv(List<String> cols) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) b.append('\t');
            b.append(cols.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return b.append('\n').toString();
    }
}
