package org.rasd.core.eval;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 CSV parser: quoted fields with doubled quotes and embedded newlines. */
final class Csv {
    private Csv() {}

    /** Parses {@code text} into rows; {@code lines} receives the 1-based line where each row starts. */
    static void parse(String text, List<List<String>> rows, List<Integer> lines) {
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        int line = 1, rowLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') { f.append('"'); i++; }
                    else quoted = false;
                } else {
                    if (c == '\n') line++;
                    f.append(c);
                }
            } else if (c == '"' && f.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                lines.add(rowLine);
                row = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
            lines.add(rowLine);
        }
    }
}
