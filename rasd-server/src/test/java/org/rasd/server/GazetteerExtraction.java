package org.rasd.server;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Sentence;

/**
 * Test scaffolding for the browser tests: the real extractor, and when it finds no actors (the actor and event
 * stages are built on other branches) a tiny gazetteer adds mentions, and when it codes no events a tiny trigger list
 * adds events between the mentions, so that the UI
 * has something to show. Never used outside tests.
 */
final class GazetteerExtraction implements Workbench.Extraction {
    private static final String[][] NAMES = {
            {"جبهة البوليساريو", "POLISARIO", "Polisario Front", "GROUP"}, {"الولايات المتحدة", "USA", "United States", "COUNTRY"},
            {"المغرب", "MAR", "Morocco", "COUNTRY"}, {"واشنطن", "USA", "United States", "CITY"}, {"إيران", "IRN", "Iran", "COUNTRY"},
            {"الجزائر", "DZA", "Algeria", "COUNTRY"}, {"البنتاغون", "USAMIL", "Pentagon", "ORG"}};
    private static final String[][] TRIGGERS = {{"ناقش", "CONSULT", "040", "1.0", "1"}, {"تقدم", "AID", "070", "7.0", "2"},
            {"هدد", "THREATEN", "130", "-4.4", "3"}, {"وافق", "AGREE", "030", "4.0", "1"}};
    private final Workbench.Extraction inner;

    GazetteerExtraction(Workbench.Extraction inner) {
        this.inner = inner;
    }

    @Override
    public Document extract(RawRecord r) throws RejectedRecordException {
        Document d = inner.extract(r);
        if (!d.events().isEmpty()) return d;
        List<Mention> ms = d.mentions().isEmpty() ? mentions(d)
                : d.mentions().stream().filter(m -> m.code() != null && !m.code().isBlank()).toList();
        return (d.mentions().isEmpty() ? d.withMentions(ms) : d).withEvents(events(d, ms));
    }

    private static List<Mention> mentions(Document d) {
        String t = d.text();
        List<Mention> ms = new ArrayList<>();
        boolean[] taken = new boolean[t.length() + 1];
        for (String[] n : NAMES) {
            for (int i = t.indexOf(n[0]); i >= 0; i = t.indexOf(n[0], i + 1)) {
                int e = i + n[0].length();
                boolean free = true;
                for (int k = i; k < e; k++) free &= !taken[k];
                if (!free) continue;
                for (int k = i; k < e; k++) taken[k] = true;
                int s = t.codePointCount(0, i);
                ms.add(new Mention(s, s + n[0].codePointCount(0, n[0].length()), n[0], sentenceOf(d, s), n[1], n[3], n[2], n[1],
                        n[1].substring(0, 3), null, "lexicon", "test-gazetteer"));
            }
        }
        ms.sort(java.util.Comparator.comparingInt(Mention::start));
        return ms;
    }

    private static List<Event> events(Document d, List<Mention> ms) {
        List<Event> evs = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            if (!s.extractable()) continue;
            for (String[] tr : TRIGGERS) {
                int i = s.text().indexOf(tr[0]);
                if (i < 0) continue;
                List<Mention> in = ms.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
                if (in.size() < 2) continue;
                Mention a = in.get(0);
                Mention b = in.stream().filter(m -> !m.code().equals(a.code())).findFirst().orElse(null);
                if (b == null) continue;
                int ts = s.start() + s.text().codePointCount(0, i);
                evs.add(new Event(d.id() + ":" + s.index() + ":" + ts, tr[1], null, null, tr[2], Double.parseDouble(tr[3]),
                        Integer.parseInt(tr[4]), List.of(actor(a)), List.of(actor(b)), null, d.date(), "asserted", null, s.index(), ts,
                        ts + tr[0].length(), tr[0], s.text(), "test-gazetteer:" + tr[0], 0.5, label(a) + " " + tr[1].toLowerCase() + " " + label(b), 1));
                break;
            }
        }
        return evs;
    }

    private static String label(Mention m) {
        return m.name() == null ? m.text() : m.name();
    }

    private static EventActor actor(Mention m) {
        return new EventActor(m.code(), m.country(), m.sector(), m.entity(), m.name(), m.start(), m.end(), m.text());
    }

    private static int sentenceOf(Document d, int cp) {
        for (Sentence s : d.sentences()) if (cp >= s.start() && cp < s.end()) return s.index();
        return 0;
    }
}
