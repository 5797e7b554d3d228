package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenLinesTest {
    private static boolean[] duplicates(String... lines) {
        String all = String.join("\n", lines);
        SeenLines seen = new SeenLines(all.toCharArray(), all.length());
        boolean[] out = new boolean[lines.length];
        int from = 0;
        for (int i = 0; i < lines.length; i++) {
            out[i] = seen.isDuplicate(from, from + lines[i].length());
            from += lines[i].length() + 1;
        }
        return out;
    }

    @Test
    void aLineWithTheSameLettersAndDigitsIsADuplicate() {
        assertThat(duplicates("قال الوزير 12 مره", "قال: الوزير، 12 مره!", "قال الوزير 13 مره")).containsExactly(false, true, false);
    }

    @Test
    void shortLinesAreNeverDuplicates() {
        assertThat(duplicates("اقرا المزيد", "اقرا المزيد")).containsExactly(false, true); // ten letters
        assertThat(duplicates("شارك هنا", "شارك هنا")).containsExactly(false, false); // seven letters
    }

    @Test
    void equalHashesAreNotEnough() {
        // "Aa" and "BB" have the same String hash code, and so do these two keys of the same length
        assertThat("AaAaAaAa".hashCode()).isEqualTo("BBBBBBBB".hashCode());
        assertThat(duplicates("AaAaAaAa", "BBBBBBBB", "BB BB BB BB")).containsExactly(false, false, true);
    }
}
