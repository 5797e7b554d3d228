package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;

/** The event lexicon as data: coverage, generated conjugations, validation with file:line errors, user files. */
class EventLexiconTest {
    @Test
    void coversAllSixteenPloverCategoriesWithOverFourHundredEntries() {
        EventCoder coder = EventCoder.load(LexiconSource.builtIn());
        List<TriggerEntry> entries = coder.lexicon().entries();
        Set<String> cats = entries.stream().map(e -> coder.cameo().get(e.cameo()).category()).collect(Collectors.toSet());
        assertThat(cats).containsExactlyInAnyOrder("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
        int nounForms = entries.stream().filter(e -> e.kind() == TriggerEntry.Kind.NOUN).mapToInt(e -> e.lemma().split("[,،]").length).sum();
        long verbs = entries.stream().filter(e -> e.kind() == TriggerEntry.Kind.VERB).count();
        assertThat(verbs + nounForms).isGreaterThanOrEqualTo(400);
        assertThat(coder.lexicon().formCount()).isGreaterThan(5000);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(370);
    }

    @Test
    void conjugationsAreGenerated() {
        Map<String, VerbForm> f = VerbConjugator.forms("ناقش", "يناقش");
        assertThat(f).containsEntry("ناقشت", VerbForm.PERFECT).containsEntry("يناقشون", VerbForm.IMPERFECT)
                .containsEntry("تناقش", VerbForm.IMPERFECT).containsEntry("نوقشت", VerbForm.PASSIVE).containsEntry("ناقشوا", VerbForm.PERFECT);
        Map<String, VerbForm> d = VerbConjugator.forms("دعا", "يدعو");
        assertThat(d).containsKeys("دعت", "دعوا", "يدعو", "تدعو", "يدعون");
        assertThat(VerbConjugator.forms("تفاوض", "يتفاوض")).containsEntry("تفووض", VerbForm.PASSIVE);
    }

    @Test
    void badEntriesNameFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/verbs.txt"), "# user verbs\nزار/يزور | 999 | subj > obj |\nحاور | 040 | subj > مع |\nحاور/يحاور | 040 | subj > نحو |\n");
        assertThatThrownBy(() -> EventCoder.load(LexiconSource.withUserDirs(List.of(dir))))
                .isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems()).anySatisfy(p -> assertThat(p).contains("events/verbs.txt:2").contains("unknown CAMEO code"))
                        .anySatisfy(p -> assertThat(p).contains("events/verbs.txt:3").contains("PERFECT/IMPERFECT"))
                        .anySatisfy(p -> assertThat(p).contains("events/verbs.txt:4").contains("unknown slot")));
    }

    @Test
    void userFilesAddTriggers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/verbs.txt"), "حاور/يحاور | 040 | subj > مع | sym\n");
        EventCoder coder = EventCoder.load(LexiconSource.withUserDirs(List.of(dir)));
        assertThat(coder.lexicon().patterns("حاورت")).extracting(p -> p.entry().cameo()).contains("040");
    }
}
