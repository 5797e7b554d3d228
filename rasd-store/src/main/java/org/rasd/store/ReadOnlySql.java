package org.rasd.store;

import java.util.Locale;
import java.util.Set;

/**
 * Accepts a single read statement (SELECT, WITH, DESCRIBE, SHOW, or a parenthesised SELECT) and refuses anything else
 * with the reason. A guard for people; the read-only connection and the rolled-back transaction are the enforcement.
 */
final class ReadOnlySql {
    private static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "DESCRIBE", "SHOW", "FROM", "SUMMARIZE");

    private ReadOnlySql() {}

    /** The statement without a trailing semicolon; throws {@link IllegalArgumentException} when it is refused. */
    static String check(String sql) {
        if (sql == null || sql.isBlank()) throw new IllegalArgumentException("empty query");
        String code = codeOnly(sql).strip();
        String stmt = sql.strip();
        if (code.endsWith(";")) {
            code = code.substring(0, code.length() - 1).strip();
            stmt = stmt.substring(0, stmt.lastIndexOf(';')).strip();
        }
        if (code.contains(";")) throw new IllegalArgumentException("only one statement is allowed");
        String first = code.replaceFirst("^[\\s(]+", "").split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        if (!ALLOWED.contains(first)) {
            throw new IllegalArgumentException("only read queries are allowed (SELECT, WITH, DESCRIBE, SHOW), not " + (first.isEmpty() ? "this" : first));
        }
        return stmt;
    }

    /** The SQL with string literals, quoted identifiers and comments blanked, so that keywords inside them do not count. */
    static String codeOnly(String sql) {
        StringBuilder b = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int j = i + 1;
                while (j < sql.length()) {
                    if (sql.charAt(j) == ch) {
                        if (j + 1 < sql.length() && sql.charAt(j + 1) == ch) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                b.append(" ".repeat(Math.min(sql.length(), j + 1) - i));
                i = j + 1;
            } else if (sql.startsWith("--", i)) {
                int j = sql.indexOf('\n', i);
                if (j < 0) j = sql.length();
                b.append(" ".repeat(j - i));
                i = j;
            } else if (sql.startsWith("/*", i)) {
                int j = sql.indexOf("*/", i + 2);
                j = j < 0 ? sql.length() : j + 2;
                b.append(" ".repeat(j - i));
                i = j;
            } else {
                b.append(ch);
                i++;
            }
        }
        return b.toString();
    }
}
