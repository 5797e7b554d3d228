package org.rasd.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds the words of a text that match a query under the search analysis (a word matches when one of its indexed
 * forms equals one of the forms of a query word) and cuts a passage around the densest run of matches.
 */
final class Highlighter {
    private final Analyzer analyzer;
    private final int width;

    Highlighter(Analyzer analyzer, int width) {
        this.analyzer = analyzer;
        this.width = width;
    }

    /** The forms of each query word (each set is one position: the word and its stems). */
    List<Set<String>> queryForms(String query) {
        List<Set<String>> out = new ArrayList<>();
        analyze(query, (forms, start, end) -> out.add(forms));
        return out;
    }

    Snippet snippet(String text, String query) {
        List<Set<String>> q = queryForms(query == null ? "" : query);
        Set<String> wanted = new HashSet<>();
        q.forEach(wanted::addAll);
        List<Snippet.Range> matches = new ArrayList<>();
        if (!wanted.isEmpty()) {
            analyze(text, (forms, start, end) -> {
                for (String f : forms) {
                    if (wanted.contains(f)) { matches.add(new Snippet.Range(start, end)); return; }
                }
            });
        }
        // the window start that covers the most matches
        int bestFrom = 0, bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int from = matches.get(i).start(), count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= from + width; j++) count++;
            if (count > bestCount) { bestCount = count; bestFrom = from; }
        }
        int start = Math.max(0, bestFrom - width / 4);
        while (start > 0 && start > bestFrom - width / 2 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        int end = Math.min(text.length(), start + width);
        while (end < text.length() && end < start + width + width / 4 && !Character.isWhitespace(text.charAt(end))) end++;
        List<Snippet.Range> inside = new ArrayList<>();
        for (Snippet.Range r : matches) {
            if (r.start() >= start && r.end() <= end) inside.add(new Snippet.Range(r.start() - start, r.end() - start));
        }
        return new Snippet(text.substring(start, end), inside);
    }

    private interface TokenVisitor {
        void token(Set<String> forms, int start, int end);
    }

    private void analyze(String text, TokenVisitor v) {
        try (TokenStream ts = analyzer.tokenStream(SearchIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            Set<String> forms = null;
            int s = 0, e = 0;
            while (ts.incrementToken()) {
                if (pos.getPositionIncrement() > 0) {
                    if (forms != null) v.token(forms, s, e);
                    forms = new HashSet<>();
                    s = off.startOffset();
                    e = off.endOffset();
                }
                forms.add(term.toString());
            }
            if (forms != null) v.token(forms, s, e);
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
