package org.rasd.core.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.RawRecord;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Event evaluation on the event gold format of {@code event-gsr-dev}: CSV files (sentence {@code id},
 * {@code event_type}, {@code label} yes / easy no / difficult no / ambiguous, {@code text}) give per-category
 * detection precision, recall and F1 on labelled sentences (ambiguous left out; a sentence is detected when an
 * asserted or claimed event of that category is coded); XML files (PETRARCH-style records with gold source and target
 * "COUNTRY SECTOR" codes) give the share of records whose actor and recipient country match. Each sentence is
 * coded alone, as a one-sentence article dated by its id.
 */
public final class EventEvaluation {
    /** Codes that are not countries in the gold's "COUNTRY SECTOR" pairs. */
    static final Set<String> NOT_COUNTRIES = Set.of("None", "IMG", "IGO", "NGO", "MNC", "UAF", "");
    /** The modalities that count as a detection by default, as the issue defines it: every one but {@code negated}. */
    public static final Set<String> NON_NEGATED = Set.of("asserted", "claimed", "planned", "historical", "hypothetical");
    /** The stricter reading ({@code --reported-only}): the event is reported as having happened. */
    public static final Set<String> REPORTED = Set.of("asserted", "claimed");
    private static final Pattern DATE_IN_ID = Pattern.compile("(19|20)(\\d{2})(\\d{2})(\\d{2})");

    /** How a sentence is coded (normally {@code Extractor::extract}); null when the record was rejected. */
    @FunctionalInterface
    public interface Coder { Document code(RawRecord r) throws Exception; }

    /** A gold CSV row. */
    public record Labelled(String id, String category, String label, String text, String where) {}

    /** A gold XML record: category, gold source and target country (null when none), text. */
    public record Record(String id, String category, String date, String sourceCountry, String targetCountry, String text) {}

    public record Score(int tp, int fp, int fn, int tn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Country agreement on XML records: counts over records that have a gold country. */
    public record Countries(int records, int detected, int withActor, int actorRight, int withRecipient, int recipientRight, int withBoth, int bothRight) {
        public double actorShare() { return withActor == 0 ? 0 : (double) actorRight / withActor; }

        public double recipientShare() { return withRecipient == 0 ? 0 : (double) recipientRight / withRecipient; }

        public double bothShare() { return withBoth == 0 ? 0 : (double) bothRight / withBoth; }
    }

    public record Result(Map<String, Score> detection, Map<String, Countries> countries,
                         Map<String, List<String>> falsePositives, Map<String, List<String>> falseNegatives, int sentences, long millis) {
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %5s %9s %9s %9s%n", "category", "tp", "fp", "fn", "tn", "precision", "recall", "f1"));
            detection.forEach((cat, s) -> b.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %5d %9.3f %9.3f %9.3f%n",
                    cat, s.tp(), s.fp(), s.fn(), s.tn(), s.precision(), s.recall(), s.f1())));
            if (!countries.isEmpty()) {
                b.append(String.format(Locale.ROOT, "%n%-10s %7s %8s %14s %18s %14s%n", "records", "count", "detected", "actor country", "recipient country", "both"));
                countries.forEach((cat, c) -> b.append(String.format(Locale.ROOT, "%-10s %7d %8d %7d/%-4d %.3f %9d/%-4d %.3f %6d/%-4d %.3f%n",
                        cat, c.records(), c.detected(), c.actorRight(), c.withActor(), c.actorShare(),
                        c.recipientRight(), c.withRecipient(), c.recipientShare(), c.bothRight(), c.withBoth(), c.bothShare())));
            }
            b.append(String.format(Locale.ROOT, "%n%d sentences coded in %d ms%n", sentences, millis));
            return b.toString();
        }

        public String json() {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> det = new LinkedHashMap<>();
            detection.forEach((cat, s) -> det.put(cat, Map.of("tp", s.tp(), "fp", s.fp(), "fn", s.fn(), "tn", s.tn(),
                    "precision", round(s.precision()), "recall", round(s.recall()), "f1", round(s.f1()))));
            root.put("detection", det);
            Map<String, Object> cs = new LinkedHashMap<>();
            countries.forEach((cat, c) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("records", c.records());
                m.put("detected", c.detected());
                m.put("actor_country", Map.of("right", c.actorRight(), "of", c.withActor(), "share", round(c.actorShare())));
                m.put("recipient_country", Map.of("right", c.recipientRight(), "of", c.withRecipient(), "share", round(c.recipientShare())));
                m.put("both", Map.of("right", c.bothRight(), "of", c.withBoth(), "share", round(c.bothShare())));
                cs.put(cat, m);
            });
            root.put("countries", cs);
            root.put("false_positives", falsePositives);
            root.put("false_negatives", falseNegatives);
            root.put("sentences", sentences);
            root.put("millis", millis);
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private EventEvaluation() {}

    /** Evaluates every CSV and XML file of {@code dir}, counting every coded event. */
    public static Result run(Path dir, Coder coder) throws IOException { return run(dir, coder, 0, NON_NEGATED); }

    /**
     * Evaluates every CSV and XML file of {@code dir}, counting only events with at least {@code minConfidence} whose
     * modality is in {@code counted}.
     */
    public static Result run(Path dir, Coder coder, double minConfidence, Set<String> counted) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a directory");
        List<Path> csvs = list(dir, ".csv"), xmls = list(dir, ".xml");
        if (csvs.isEmpty() && xmls.isEmpty()) throw new IOException(dir + ": no .csv or .xml gold files");
        long t0 = System.nanoTime();
        int n = 0;
        Map<String, int[]> det = new TreeMap<>();
        Map<String, List<String>> fps = new TreeMap<>(), fns = new TreeMap<>();
        for (Path p : csvs) {
            for (Labelled l : readCsv(p)) {
                if (l.label().equals("ambiguous")) continue;
                boolean gold = l.label().equals("yes");
                boolean found = first(code(coder, l.where(), l.text(), dateOf(l.id())), l.category(), minConfidence, counted) != null;
                n++;
                int[] c = det.computeIfAbsent(l.category(), k -> new int[4]);
                if (gold && found) c[0]++;
                else if (!gold && found) { c[1]++; fps.computeIfAbsent(l.category(), k -> new ArrayList<>()).add(l.id()); }
                else if (gold) { c[2]++; fns.computeIfAbsent(l.category(), k -> new ArrayList<>()).add(l.id()); }
                else c[3]++;
            }
        }
        Map<String, int[]> cty = new TreeMap<>();
        for (Path p : xmls) {
            for (Record r : readXml(p)) {
                n++;
                Document d = code(coder, p + "#" + r.id(), r.text(), r.date());
                Event e = first(d, r.category(), minConfidence, counted);
                int[] c = cty.computeIfAbsent(r.category(), k -> new int[8]);
                c[0]++;
                if (e != null) c[1]++;
                boolean a = r.sourceCountry() != null, t = r.targetCountry() != null;
                boolean ar = a && e != null && hasCountry(e.actor(), r.sourceCountry());
                boolean tr = t && e != null && hasCountry(e.recipient(), r.targetCountry());
                if (a) { c[2]++; if (ar) c[3]++; }
                if (t) { c[4]++; if (tr) c[5]++; }
                if (a && t) { c[6]++; if (ar && tr) c[7]++; }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        det.forEach((k, c) -> scores.put(k, new Score(c[0], c[1], c[2], c[3])));
        Map<String, Countries> countries = new LinkedHashMap<>();
        cty.forEach((k, c) -> countries.put(k, new Countries(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
        return new Result(scores, countries, fps, fns, n, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Document code(Coder coder, String origin, String text, String date) throws IOException {
        try {
            return coder.code(new RawRecord(origin, null, null, text, null, null, date, null));
        } catch (IOException e) {
            throw e;
        } catch (RejectedRecordException e) {
            return null; // a rejected record (e.g. an empty sentence) codes nothing
        } catch (RuntimeException e) {
            // a bug in the coder must not pass for a missed event: fail loudly, naming the sentence
            throw new IllegalStateException(origin + ": the coder failed: " + e, e);
        } catch (Exception e) {
            throw new IOException(origin + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sentence's reported event of the category (modality asserted or claimed: the gold asks whether a sentence
     * reports an occurrence, so negated, historical, planned and hypothetical mentions do not count) that names the
     * most roles, then the most confident.
     */
    static Event first(Document d, String category, double minConfidence, Set<String> counted) {
        if (d == null) return null;
        Event best = null;
        for (Event e : d.events()) {
            if (!e.event().equals(category) || !counted.contains(e.modality()) || e.confidence() < minConfidence) continue;
            if (best == null || rank(e) > rank(best)) best = e;
        }
        return best;
    }

    private static double rank(Event e) {
        return (e.actor().isEmpty() ? 0 : 2) + (e.recipient().isEmpty() ? 0 : 1) + e.confidence();
    }

    private static boolean hasCountry(List<EventActor> as, String country) {
        for (EventActor a : as) if (country.equals(a.country())) return true;
        return false;
    }

    static String dateOf(String id) {
        Matcher m = DATE_IN_ID.matcher(id == null ? "" : id);
        return m.find() ? m.group(1) + m.group(2) + "-" + m.group(3) + "-" + m.group(4) : null;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Reads a gold CSV (RFC 4180 quoting); a missing column or a bad label is an error naming file:line. */
    public static List<Labelled> readCsv(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Csv.parse(text, rows, lines);
        if (rows.isEmpty()) throw new IOException(p + ": empty CSV");
        List<String> header = rows.get(0);
        int id = header.indexOf("id"), type = header.indexOf("event_type"), label = header.indexOf("label"), txt = header.indexOf("text");
        if (id < 0 || type < 0 || label < 0 || txt < 0) throw new IOException(p + ":1: header needs id, event_type, label and text columns, got " + header);
        List<Labelled> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String where = p + ":" + lines.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) continue;
            if (r.size() < header.size()) throw new IOException(where + ": expected " + header.size() + " columns, got " + r.size());
            String l = r.get(label).strip();
            if (!Set.of("yes", "easy no", "difficult no", "ambiguous").contains(l)) throw new IOException(where + ": bad label '" + l + "'");
            out.add(new Labelled(r.get(id), r.get(type).strip(), l, r.get(txt), where));
        }
        return out;
    }

    /** Reads PETRARCH-style gold records. */
    public static List<Record> readXml(Path p) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(p.toFile());
            NodeList ss = doc.getElementsByTagName("Sentence");
            List<Record> out = new ArrayList<>();
            for (int i = 0; i < ss.getLength(); i++) {
                Element s = (Element) ss.item(i);
                Element coding = (Element) s.getElementsByTagName("EventCoding").item(0);
                Element text = (Element) s.getElementsByTagName("Text").item(0);
                if (coding == null || text == null) throw new IOException(p + ": sentence " + s.getAttribute("id") + " lacks EventCoding or Text");
                String cat = coding.getAttribute("plover").isEmpty() ? s.getAttribute("category") : coding.getAttribute("plover");
                String date = s.getAttribute("date");
                if (date.matches("\\d{8}")) date = date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6);
                else date = null;
                out.add(new Record(s.getAttribute("id"), cat, date, country(coding.getAttribute("sourcecode")),
                        country(coding.getAttribute("targetcode")), text.getTextContent().strip()));
            }
            return out;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(p + ": not a valid gold XML file: " + e.getMessage(), e);
        }
    }

    /** The country of a gold "COUNTRY SECTOR" code, or null when it names none. */
    static String country(String code) {
        String c = code == null ? "" : code.strip().split("\\s+")[0];
        return NOT_COUNTRIES.contains(c) || c.length() != 3 ? null : c;
    }

    private static double round(double d) { return Math.round(d * 1000) / 1000.0; }
}
