package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;

/** CAMEO code → PLOVER category/mode/context, Goldstein, quad class; read from {@code events/cameo.tsv}. */
public final class CameoTable {
    public static final String FILE = "events/cameo.tsv";
    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) { this.codes = Map.copyOf(codes); }

    public static CameoTable load(LexiconSource src) {
        Map<String, CameoCode> map = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (LexiconSource.Line line : src.lines(FILE)) {
            String[] f = line.text().split("\t");
            if (f.length < 6) { problems.add(line.where() + ": expected 7 tab-separated columns (code category mode context goldstein quad label), got " + f.length); continue; }
            String code = f[0].strip();
            if (!code.matches("\\d{2,4}")) { problems.add(line.where() + ": bad CAMEO code '" + code + "'"); continue; }
            try {
                double g = Double.parseDouble(f[4].strip());
                int quad = Integer.parseInt(f[5].strip());
                if (quad < 1 || quad > 4) throw new NumberFormatException("quad class " + quad);
                map.put(code, new CameoCode(code, f[1].strip(), dash(f[2]), dash(f[3]), g, quad, f.length > 6 ? f[6].strip() : ""));
            } catch (NumberFormatException e) {
                problems.add(line.where() + ": bad number: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new LexiconException(problems);
        return new CameoTable(map);
    }

    private static String dash(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    /** The code, or null when the table does not know it. */
    public CameoCode get(String code) { return codes.get(code); }

    public boolean contains(String code) { return codes.containsKey(code); }

    public int size() { return codes.size(); }
}
