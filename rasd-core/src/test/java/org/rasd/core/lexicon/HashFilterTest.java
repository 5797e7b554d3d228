package org.rasd.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashFilterTest {
    @Test
    void neverRejectsAKeyAndRejectsMostOtherWords() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) keys.add("مفتاح" + i);
        HashFilter f = HashFilter.of(keys);
        for (String k : keys) assertThat(f.mightContain(new String(k.toCharArray()))).isTrue();
        int passed = 0;
        for (int i = 0; i < 10000; i++) if (f.mightContain("كلمة" + i)) passed++;
        assertThat(passed).isLessThan(1000); // about 6 % with 16 bits a key
    }

    @Test
    void filteredWordsAnswerLikeTheSet() {
        Set<String> words = new HashSet<>(List.of("محمد", "علي", "قال"));
        FilteredWords fw = new FilteredWords(words);
        for (String w : List.of("محمد", "علي", "قال", "قالت", "", "x")) assertThat(fw.contains(w)).isEqualTo(words.contains(w));
    }

    @Test
    void concatHashIsTheHashOfTheJoinedString() {
        for (String a : List.of("", "وزير", "الولايات المتحدة", "x"))
            for (String b : List.of("", "الخارجيه", "ab", "بن سلمان", "x".repeat(31), "x".repeat(32), "ي".repeat(40)))
                assertThat(HashFilter.concatHash(a, ' ', b)).isEqualTo((a + " " + b).hashCode());
    }
}
