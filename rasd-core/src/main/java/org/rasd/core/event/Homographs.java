package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.ArabicNormalizer;

/**
 * Words written like a trigger form that are, in news prose, almost always another word (file
 * {@code events/homographs.txt}): هنا (here) is no form of هنأ (congratulate), يعد (is considered) no
 * promise, ناصر a name, وفقا (according to) no approval. An entry is a word as written, optionally with the
 * words that must (or, after {@code !}, must not) follow it: {@code صادر | عن} (issued by, not confiscated),
 * {@code تحقيق | !في، مع} (achieving, unless an inquiry into). A token matches after removing a proclitic
 * (و، ف، ب، ل، ك، ال and their combinations). Hamza is significant: an entry written without hamza
 * (هنا) does not match a token written with one (هنأ), so the real verb stays a trigger.
 */
public final class Homographs {
    public static final String FILE = "events/homographs.txt";
    private static final String[] PREFIXES = {"", "و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "فب", "فل", "وال", "فال", "بال", "كال",
            "لل", "وبال", "ولل", "فبال", "فلل"};
    private static final String HAMZAS = "أإآؤئء";

    /** One entry: the word as written (diacritics removed), its follower condition, and where it was read. */
    public record Entry(String written, Set<String> next, boolean unlessNext, String where) {}

    private final Map<String, List<Entry>> byNormalized;

    private Homographs(Map<String, List<Entry>> byNormalized) { this.byNormalized = byNormalized; }

    public static Homographs load(LexiconSource src) {
        Map<String, List<Entry>> map = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : src.lines(FILE)) {
            String text = line.text();
            int bar = text.indexOf('|');
            String word = stripMarks(bar < 0 ? text : text.substring(0, bar)).strip();
            if (word.isEmpty() || word.contains(" ")) { problems.add(line.where() + ": expected one word as written, then optionally '| NEXT, NEXT' or '| !NEXT, NEXT'"); continue; }
            Set<String> next = Set.of();
            boolean unless = false;
            if (bar >= 0) {
                String rest = text.substring(bar + 1).strip();
                if (rest.startsWith("!")) { unless = true; rest = rest.substring(1); }
                java.util.Set<String> words = new java.util.LinkedHashSet<>();
                for (String w : rest.split("[,،]")) {
                    String n = ArabicNormalizer.normalizeString(w).strip();
                    if (n.isEmpty() || n.contains(" ")) { problems.add(line.where() + ": empty or multi-word follower in '" + rest + "'"); continue; }
                    words.add(n);
                }
                if (words.isEmpty()) { problems.add(line.where() + ": '|' without followers"); continue; }
                next = Set.copyOf(words);
            }
            map.computeIfAbsent(ArabicNormalizer.normalizeString(word), k -> new ArrayList<>()).add(new Entry(word, next, unless, line.where()));
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        return new Homographs(map);
    }

    /**
     * The entry that makes token {@code i} another word than a trigger, or null. Memoised per token on the view:
     * the coder asks once for every candidate trigger at a token, and the test builds strings.
     */
    public Entry at(SentenceView s, int i) {
        Entry[] known = s.memo(this, newMemo);
        Entry e = known[i];
        if (e == null) {
            e = lookUp(s, i);
            known[i] = e == null ? NO_ENTRY : e;
        }
        return e == NO_ENTRY ? null : e;
    }

    /** What a token with no homograph holds in the memo (compared by identity). */
    private static final Entry NO_ENTRY = new Entry("", Set.of(), false, "");

    /** One function object for the memo: an empty array a sentence, filled as tokens are asked about. */
    private static final java.util.function.Function<SentenceView, Entry[]> newMemo = s -> new Entry[s.size()];

    private Entry lookUp(SentenceView s, int i) {
        String raw = stripMarks(s.token(i).surface());
        String next = i + 1 < s.size() ? s.norm(i + 1) : "";
        for (String p : PREFIXES) {
            if (!raw.startsWith(p) || raw.length() - p.length() < 2) continue;
            String word = raw.substring(p.length());
            List<Entry> es = byNormalized.get(ArabicNormalizer.normalizeString(word));
            if (es == null) continue;
            for (Entry e : es) {
                if (!sameHamza(e.written(), word)) continue;
                if (!e.next().isEmpty() && e.next().contains(next) == e.unlessNext()) continue;
                return e;
            }
        }
        return null;
    }

    /** A token written with a hamza the entry lacks is another word (هنأ is not هنا). */
    private static boolean sameHamza(String entry, String token) {
        for (int k = 0; k < token.length(); k++) {
            if (HAMZAS.indexOf(token.charAt(k)) >= 0 && !entry.equals(token)) return entry.indexOf(token.charAt(k)) >= 0;
        }
        return true;
    }

    private static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0640' || c == '\u0670') continue;
            b.append(c);
        }
        return b.toString();
    }

    public int size() { return byNormalized.values().stream().mapToInt(List::size).sum(); }
}
