package org.rasd.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
