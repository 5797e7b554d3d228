package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;

/**
 * How an outer event combines with an embedded one ({@code events/embedded.txt}): a REQUEST embedding aid
 * becomes 103x, a cooperative event reported as FUTURE becomes AGREE 03x. Longest code prefix wins.
 */
public final class EmbeddingTable {
    public static final String FILE = "events/embedded.txt";
    private final Map<String, Map<String, String>> byOuter;

    private EmbeddingTable(Map<String, Map<String, String>> byOuter) { this.byOuter = byOuter; }

    public static EmbeddingTable load(LexiconSource src, CameoTable cameo) {
        Map<String, Map<String, String>> map = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : src.lines(FILE)) {
            String[] f = line.text().split("\\|");
            if (f.length != 3) { problems.add(line.where() + ": expected 'OUTER | INNER-CODE | RESULT-CODE'"); continue; }
            String outer = f[0].strip(), inner = f[1].strip(), result = f[2].strip();
            if (!outer.equals("REQUEST") && !outer.equals("FUTURE")) { problems.add(line.where() + ": OUTER must be REQUEST or FUTURE, got '" + outer + "'"); continue; }
            if (!inner.matches("\\d{2,4}")) { problems.add(line.where() + ": bad inner code '" + inner + "'"); continue; }
            if (!cameo.contains(result)) { problems.add(line.where() + ": unknown CAMEO code '" + result + "'"); continue; }
            map.computeIfAbsent(outer, k -> new HashMap<>()).put(inner, result);
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        return new EmbeddingTable(map);
    }

    /** The combined code, or null when the table has no rule. */
    public String combine(String outer, String innerCode) {
        Map<String, String> m = byOuter.get(outer);
        if (m == null) return null;
        for (int n = innerCode.length(); n >= 2; n--) {
            String r = m.get(innerCode.substring(0, n));
            if (r != null) return r;
        }
        return null;
    }
}
