package org.rasd.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StringTableTest {
    @Provide
    Arbitrary<Set<String>> sets() {
        return Arbitraries.strings().withChars("ابتa\u0001").ofMaxLength(4).set().ofMaxSize(200);
    }

    /** Membership is the HashSet's, for the keys and for other strings (the empty string's hash code is 0, "\u0001"'s is 1). */
    @Property(tries = 300)
    void answersLikeAHashSet(@ForAll("sets") Set<String> keys, @ForAll("sets") Set<String> others) {
        StringTable t = new StringTable(List.copyOf(keys));
        assertThat(t.size()).isEqualTo(keys.size());
        for (String k : keys) assertThat(t.contains(new String(k.toCharArray()))).isTrue();
        for (String o : others) assertThat(t.contains(o)).isEqualTo(keys.contains(o));
        assertThat(t.contains("")).isEqualTo(keys.contains(""));
        assertThat(t.contains("\u0001")).isEqualTo(keys.contains("\u0001"));
    }

    @Property(tries = 50)
    void duplicatesAreStoredOnce(@ForAll("sets") Set<String> keys) {
        List<String> twice = new java.util.ArrayList<>(keys);
        twice.addAll(keys);
        assertThat(new StringTable(twice).size()).isEqualTo(new HashSet<>(keys).size());
    }
}
