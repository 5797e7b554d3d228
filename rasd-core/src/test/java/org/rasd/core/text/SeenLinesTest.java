package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SeenLinesTest {
    private static boolean[] duplicates(String... lines) {
        String all = String.join("\n", lines);
        SeenLines seen = new SeenLines(all.toCharArray());
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

    @Provide
    Arbitrary<List<String>> lineLists() {
        // few letters, so that equal keys are frequent; spaces and punctuation between them vary
        return Arbitraries.strings().withChars("ابت 1،.Aa-").ofMinLength(0).ofMaxLength(14).list().ofMaxSize(12);
    }

    /** A line is a duplicate exactly when an earlier line had the same letters and digits, at least eight of them. */
    @Property(tries = 1000)
    void duplicatesAreTheLinesWhoseKeyWasSeen(@ForAll("lineLists") List<String> lines) {
        boolean[] got = duplicates(lines.toArray(String[]::new));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            boolean expected = key.length() >= 8 && !seen.add(key);
            assertThat(got[i]).as("line %d of %s", i, lines).isEqualTo(expected);
        }
    }
}
