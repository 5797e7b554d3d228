package org.rasd.server.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;

/** Writes events in the formats the field uses: PLOVER JSON Lines, GDELT 2.0 Events (61 columns), CSV. */
public final class Exports {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final List<String> CSV_COLUMNS = List.of("event_id", "date", "event", "mode", "context", "cameo", "goldstein",
            "quad_class", "actor", "actor_name", "recipient", "recipient_name", "modality", "claimant", "trigger", "gloss",
            "rule", "confidence", "article_id", "source", "url");

    private Exports() {}

    public static void csv(List<EventRow> rows, Writer w) {
        try {
            w.write(String.join(",", CSV_COLUMNS));
            w.write("\r\n");
            for (EventRow r : rows) {
                Event e = r.event();
                List<String> v = List.of(e.id(), r.date(), nz(e.event()), nz(e.mode()), nz(e.context()), nz(e.cameo()),
                        num(e.goldstein()), Integer.toString(e.quadClass()), String.join(";", r.actorCodes()), names(e.actor()),
                        String.join(";", r.recipientCodes()), names(e.recipient()), nz(e.modality()),
                        e.claimant() == null ? "" : EventRow.label(e.claimant()), nz(e.trigger()), nz(e.gloss()), nz(e.rule()),
                        num(e.confidence()), r.articleId(), nz(r.source()), nz(r.url()));
                List<String> q = new ArrayList<>();
                for (String s : v) q.add(csvField(s));
                w.write(String.join(",", q));
                w.write("\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV field per RFC 4180; a leading = + - @ is prefixed with ' so that spreadsheets do not run it as a formula. */
    static String csvField(String s) {
        if (s == null) return "";
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) return "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }

    /** PLOVER JSON Lines: one event object a line, with its actors, recipient, mode, context and source. */
    public static void plover(List<EventRow> rows, Writer w) {
        try {
            for (EventRow r : rows) {
                Event e = r.event();
                ObjectNode o = JSON.createObjectNode();
                o.put("id", e.id());
                o.put("date", r.date());
                o.put("event", e.event());
                o.put("mode", e.mode());
                o.put("context", e.context());
                o.set("actor", actors(e.actor()));
                o.set("recipient", actors(e.recipient()));
                o.put("modality", e.modality());
                if (e.claimant() != null) o.set("claimant", actor(e.claimant()));
                if (e.location() != null) {
                    ObjectNode loc = o.putObject("location");
                    loc.put("name", e.location().text());
                    loc.put("country", e.location().country());
                }
                o.put("cameo", e.cameo());
                o.put("goldstein", e.goldstein());
                o.put("text", e.evidence());
                o.put("trigger", e.trigger());
                o.put("gloss", e.gloss());
                o.put("rule", e.rule());
                o.put("confidence", e.confidence());
                ObjectNode src = o.putObject("source");
                src.put("article_id", r.articleId());
                src.put("publisher", r.source());
                src.put("url", r.url());
                src.put("title", r.articleTitle());
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GDELT 2.0 Events: 61 tab-separated columns in codebook order (GLOBALEVENTID ... SOURCEURL), no header.
     * Geography columns carry only the country (no gazetteer coordinates); tone is not computed and left empty.
     */
    public static void gdelt(List<EventRow> rows, Writer w, String dateAdded) {
        try {
            long n = 0;
            for (EventRow r : rows) {
                n++;
                Event e = r.event();
                List<String> c = new ArrayList<>(61);
                String day = r.date().length() >= 10 ? r.date().substring(0, 10).replace("-", "") : "";
                c.add(Long.toString(n));
                c.add(day);
                c.add(day.length() == 8 ? day.substring(0, 6) : "");
                c.add(day.length() == 8 ? day.substring(0, 4) : "");
                c.add(day.length() == 8 ? fraction(r.date()) : "");
                actorColumns(c, e.actor());
                actorColumns(c, e.recipient());
                c.add("1");
                String cameo = nz(e.cameo());
                c.add(cameo);
                c.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
                c.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
                c.add(Integer.toString(e.quadClass()));
                c.add(num(e.goldstein()));
                c.add(Integer.toString(Math.max(1, e.mentions())));
                c.add("1");
                c.add("1");
                c.add("");
                geoColumns(c, e.actor().isEmpty() ? null : e.actor().get(0).country());
                geoColumns(c, e.recipient().isEmpty() ? null : e.recipient().get(0).country());
                geoColumns(c, e.location() == null ? null : e.location().country());
                c.add(dateAdded);
                c.add(nz(r.url()));
                if (c.size() != 61) throw new IllegalStateException("GDELT row has " + c.size() + " columns");
                List<String> clean = new ArrayList<>();
                for (String s : c) clean.add(s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
                w.write(String.join("\t", clean));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fraction(String date) {
        java.time.LocalDate d = java.time.LocalDate.parse(date.substring(0, 10));
        double f = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
        return String.format(Locale.ROOT, "%.4f", f);
    }

    private static void actorColumns(List<String> c, List<EventActor> l) {
        EventActor a = l.isEmpty() ? null : l.get(0);
        c.add(a == null ? "" : nz(a.code()));
        c.add(a == null ? "" : EventRow.label(a).toUpperCase(Locale.ROOT));
        c.add(a == null ? "" : nz(a.country()));
        for (int i = 0; i < 4; i++) c.add(""); // KnownGroup, Ethnic, Religion1, Religion2
        c.add(a == null ? "" : nz(a.sector()));
        c.add("");
        c.add("");
    }

    private static void geoColumns(List<String> c, String country) {
        boolean has = country != null && !country.isBlank();
        c.add(has ? "1" : "0");
        c.add(has ? country : "");
        c.add(has ? country : "");
        for (int i = 0; i < 5; i++) c.add(""); // ADM1, ADM2, Lat, Long, FeatureID
    }

    private static ArrayNode actors(List<EventActor> l) {
        ArrayNode a = JSON.createArrayNode();
        for (EventActor x : l) a.add(actor(x));
        return a;
    }

    private static ObjectNode actor(EventActor x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", x.code());
        o.put("name", x.name());
        o.put("country", x.country());
        o.put("sector", x.sector());
        o.put("text", x.text());
        return o;
    }

    private static String names(List<EventActor> l) {
        return String.join(";", l.stream().map(EventRow::label).toList());
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
