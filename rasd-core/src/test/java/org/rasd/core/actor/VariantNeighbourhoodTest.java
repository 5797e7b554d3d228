package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The neighbourhood pre-tests must never hide a variant: they are checked against the plain scans they replace. */
class VariantNeighbourhoodTest {
    private static final String LETTERS = "بتسجحخدرزشعغفكلمنهوي";

    /** A random one-letter edit (substitution, deletion or insertion) of a key, or a key with more edits. */
    private static String edit(String k, Random r, int edits) {
        StringBuilder b = new StringBuilder(k);
        for (int e = 0; e < edits; e++) {
            int op = r.nextInt(3);
            char c = LETTERS.charAt(r.nextInt(LETTERS.length()));
            if (op == 0 && b.length() > 0) b.setCharAt(r.nextInt(b.length()), c);
            else if (op == 1 && b.length() > 1) b.deleteCharAt(r.nextInt(b.length()));
            else b.insert(r.nextInt(b.length() + 1), c);
        }
        return b.toString();
    }

    private static String randomKey(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 2 + r.nextInt(6); i > 0; i--) b.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        return b.toString();
    }

    @Test
    void keysWithinOneEditShareAHash() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String a = randomKey(r), b = edit(a, r, 1 + r.nextInt(2));
            VariantNeighbourhood.HashSet set = new VariantNeighbourhood.HashSet();
            set.addKey(a);
            boolean close = a.equals(b) || Math.abs(a.length() - b.length()) <= 1 && NameVariantKey.editDistanceAtMostOne(a, b);
            if (close) assertThat(set.mightHaveVariant(b.toCharArray(), b.length())).as(a + " ~ " + b).isTrue();
        }
    }

    @Test
    void unrelatedKeysRarelyShareAHash() {
        Random r = new Random(11);
        VariantNeighbourhood.HashSet set = new VariantNeighbourhood.HashSet();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) { String k = "م" + randomKey(r) + "ي"; keys.add(k); set.addKey(k); }
        int hits = 0, tried = 0;
        for (int i = 0; i < 5_000; i++) {
            String q = "ك" + randomKey(r) + "ب";
            boolean variant = keys.stream().anyMatch(k -> NameVariantKey.similar(k, q));
            if (variant) continue;
            tried++;
            if (set.mightHaveVariant(q.toCharArray(), q.length())) hits++;
        }
        assertThat(hits).isLessThan(tried / 50);
    }

    @Test
    void surnameLookupOfAWordAnswersAsTheLookupOfItsKey() {
        Random r = new Random(5);
        for (int article = 0; article < 300; article++) {
            ArticlePersons persons = new ArticlePersons();
            List<String> surnames = new ArrayList<>();
            for (int p = 1 + r.nextInt(6); p > 0; p--) {
                String last = randomKey(r);
                surnames.add(last);
                persons.add(new ArticlePersons.Person("local:per:" + p, "x", List.of(randomKey(r), last), null, null, null, null, "rule:test"));
            }
            for (int q = 0; q < 200; q++) {
                String key = r.nextBoolean() ? edit(surnames.get(r.nextInt(surnames.size())), r, r.nextInt(2)) : randomKey(r);
                String word = (r.nextBoolean() ? "ال" : "") + key.replace('س', r.nextBoolean() ? 'ص' : 'س') + (r.nextInt(4) == 0 ? "ا" : "");
                for (int from = 0; from < 2; from++) {
                    String w = from == 1 ? "و" + word : word;
                    assertThat(persons.bySurname(w, from)).as(w).isEqualTo(persons.bySurname(NameVariantKey.of(w.substring(from))));
                }
            }
        }
    }

    @Test
    void keyIntoABufferEqualsTheKeyString() {
        for (String w : List.of("الماساوي", "والماساوي", "المصاوي", "طارق", "الامم", "ال", "ءا", "بلخير")) {
            for (int from = 0; from < 2 && from < w.length(); from++) {
                char[] out = new char[w.length()];
                int n = NameVariantKey.of(w, from, out);
                assertThat(new String(out, 0, n)).as(w + " from " + from).isEqualTo(NameVariantKey.of(w.substring(from)));
            }
        }
    }

    @Test
    void lexiconNameVariantsAnswerAsTheScanInListOrder() {
        ActorLexicon lex = Docs.ACTORS.lexicon();
        Random r = new Random(3);
        int found = 0;
        for (int words = 2; words <= 4; words++) {
            List<List<String>> names = lex.personNameKeys(words);
            for (List<String> name : names) {
                for (int t = 0; t < 4; t++) {
                    List<String> q = new ArrayList<>(name);
                    q.set(words - 1, edit(q.get(words - 1), r, t == 0 ? 0 : 1));
                    if (t == 3) q.set(0, edit(q.get(0), r, 1));
                    List<String> expected = scan(names, q);
                    assertThat(lex.personNameVariant(q)).as(q.toString()).isEqualTo(expected);
                    if (expected != null) found++;
                }
            }
        }
        assertThat(found).isGreaterThan(200);
    }

    private static List<String> scan(List<List<String>> names, List<String> keys) {
        int firstLength = keys.get(0).length();
        for (List<String> other : names) {
            if (Math.abs(other.get(0).length() - firstLength) > 1) continue;
            if (ArticlePersons.sameName(other, keys)) return other;
        }
        return null;
    }
}
