package org.rasd.core.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * The persons met so far in one article, for name variants (الماساوي … المصاوي) and role references
 * (نفس المحلل). Not thread-safe: one instance per document.
 */
final class ArticlePersons {
    /** A person of the article: entity id, name as first written, its word keys, code, role title. */
    record Person(String entity, String name, List<String> wordKeys, String code, String country, String sector,
                  String role, String rule) {
        String lastKey() { return wordKeys.get(wordKeys.size() - 1); }
    }

    private final List<Person> persons = new ArrayList<>();
    private final List<Person> order = new ArrayList<>();
    private int local;

    String nextLocalId() { return "local:per:" + (++local); }

    /** The person whose full name or surname is a variant of these word keys, or null. */
    Person byName(List<String> keys) {
        for (int i = persons.size() - 1; i >= 0; i--) {
            Person p = persons.get(i);
            if (sameName(p.wordKeys(), keys)) return p;
        }
        return null;
    }

    /**
     * A person whose surname (last word, four letters or more) is a variant of the key of
     * {@code normalizedWord.substring(from)}. Asked for most words of an article: the word's key is written into a
     * buffer and tested against the surnames' {@link VariantNeighbourhood} first, and a string is made of it only
     * when some surname may be a variant.
     */
    Person bySurname(String normalizedWord, int from) {
        if (keyBuffer.length < normalizedWord.length()) keyBuffer = new char[normalizedWord.length() * 2];
        int n = NameVariantKey.of(normalizedWord, from, keyBuffer);
        if (n < 3 || !surnameShapes.mightMatch(keyBuffer, n) || !surnames.mightHaveVariant(keyBuffer, n)) return null;
        return bySurname(new String(keyBuffer, 0, n));
    }

    private char[] keyBuffer = new char[32];

    /** A person whose surname (last word, four letters or more) is a variant of this word's key. */
    Person bySurname(String key) {
        if (key.length() < 3) return null;
        for (int i = persons.size() - 1; i >= 0; i--) {
            Person p = persons.get(i);
            if (p.wordKeys().size() < 2) continue;
            String last = p.lastKey();
            if (last.equals(key)) return p;
            // one edit apart, for long keys only (short words collide); one edit keeps the first or the last letter
            if (last.length() >= 5 && key.length() >= 5 && Math.abs(last.length() - key.length()) <= 1
                    && (last.charAt(0) == key.charAt(0) || last.charAt(last.length() - 1) == key.charAt(key.length() - 1))
                    && NameVariantKey.similar(last, key)) return p;
        }
        return null;
    }

    /** The only person of the article whose first name has this key (two persons sharing it: none). */
    Person byFirstName(String key) {
        Person found = null;
        for (Person p : persons) {
            if (p.wordKeys().size() >= 2 && p.wordKeys().get(0).equals(key)) {
                if (found != null && !found.entity().equals(p.entity())) return null;
                found = p;
            }
        }
        return found;
    }

    /** The last person mentioned with this role title. */
    Person lastWithRole(String role) {
        for (int i = order.size() - 1; i >= 0; i--) if (role.equals(order.get(i).role())) return order.get(i);
        return null;
    }

    void add(Person p) {
        persons.add(p);
        order.add(p);
        if (p.wordKeys().size() >= 2) {
            fullNames++;
            surnames.addKey(p.lastKey());
            surnameShapes.add(p.lastKey());
        }
    }

    /**
     * The first and last letters of the surnames' keys, by key length. {@link #bySurname(String)} takes a key
     * equal to a surname's (same length, same first and last letters), or one edit apart with both five letters or
     * more, lengths one apart at most and the same first or last letter: a key whose shape allows neither is no
     * surname's variant, known in a few bit tests.
     */
    private static final class Shapes {
        private static final int LENGTHS = 16; // (longer keys share the last bucket)
        private final long[] firsts = new long[LENGTHS], lasts = new long[LENGTHS];
        private final long[] longFirsts = new long[LENGTHS + 1], longLasts = new long[LENGTHS + 1];

        void add(String key) {
            int m = key.length(), l = Math.min(m, LENGTHS - 1);
            long f = bit(key.charAt(0)), e = bit(key.charAt(m - 1));
            firsts[l] |= f;
            lasts[l] |= e;
            if (m >= 5) {
                longFirsts[l] |= f;
                longLasts[l] |= e;
            }
        }

        boolean mightMatch(char[] key, int n) {
            long f = bit(key[0]), e = bit(key[n - 1]);
            int l = Math.min(n, LENGTHS - 1);
            if ((firsts[l] & f) != 0 && (lasts[l] & e) != 0) return true;
            if (n < 5) return false;
            for (int k = Math.min(n - 1, LENGTHS - 1); k <= l + 1; k++) if ((longFirsts[k] & f) != 0 || (longLasts[k] & e) != 0) return true;
            return false;
        }

        /** One of 64 bits (letters that collide modulo 64 share one: a pre-test only). */
        private static long bit(char c) { return 1L << (c & 63); }
    }

    private final Shapes surnameShapes = new Shapes();

    /** The neighbourhoods of the surnames of the persons with full names: no variant of any other key. */
    private final VariantNeighbourhood.HashSet surnames = new VariantNeighbourhood.HashSet();

    private int fullNames;

    /** Whether any person of the article has a name of two words or more (the only ones a surname can recall). */
    boolean hasFullNames() { return fullNames > 0; }

    void mentioned(Person p) { order.add(p); }

    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            // a surname alone, or a name with and without the first name
            List<String> shortOne = a.size() < b.size() ? a : b, longOne = a.size() < b.size() ? b : a;
            return shortOne.size() >= 1 && NameVariantKey.similar(shortOne.get(shortOne.size() - 1), longOne.get(longOne.size() - 1))
                    && (shortOne.size() == 1 || NameVariantKey.similar(shortOne.get(0), longOne.get(0)));
        }
        for (int i = 0; i < a.size(); i++) if (!NameVariantKey.similar(a.get(i), b.get(i))) return false;
        return true;
    }
}
