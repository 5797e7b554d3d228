package org.rasd.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {
    @Test
    void firstWordHashesOfEveryEntryPassAndOthersMostlyNot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/w.txt"), "اقرأ أيضا\nشارك\n# comment\nحقوق   النشر\n");
        WordList wl = WordList.load(LexiconSource.withUserDirs(List.of(dir)), "t/w.txt");
        assertThat(wl.contains("اقرا ايضا")).isTrue();
        assertThat(wl.contains("حقوق النشر")).isTrue();
        assertThat(wl.maxTokens()).isEqualTo(2);
        for (String first : List.of("اقرا", "شارك", "حقوق")) assertThat(wl.mayStartWithWordHash(first.hashCode())).isTrue();
        int passed = 0;
        for (int i = 0; i < 1000; i++) if (wl.mayStartWithWordHash(("كلمة" + i).hashCode())) passed++;
        assertThat(passed).isLessThan(100);
    }
}
