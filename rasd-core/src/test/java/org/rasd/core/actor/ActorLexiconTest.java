package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Mention;

class ActorLexiconTest {
    @TempDir
    Path dir;

    private LexiconSource user(String file, String content) throws IOException {
        Path p = dir.resolve("actors").resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return LexiconSource.withUserDirs(List.of(dir));
    }

    private static List<String> problems(LexiconSource src) {
        try {
            ActorLexicon.load(src);
        } catch (LexiconException e) {
            return e.problems();
        }
        throw new AssertionError("no lexicon problem reported");
    }

    @Test
    void builtInLexiconsAreLargeEnough() {
        ActorLexicon lex = Docs.ACTORS.lexicon();
        var counts = lex.counts();
        assertThat(counts.get("COUNTRY")).isGreaterThanOrEqualTo(240);
        assertThat(counts.get("ORG") + counts.get("IGO") + counts.get("GROUP")).isGreaterThanOrEqualTo(300);
        assertThat(counts.get("PERSON")).isGreaterThanOrEqualTo(200);
        assertThat(lex.placeCountry("نيويورك")).isEqualTo("USA");
        assertThat(lex.placeCountry("الرباط")).isEqualTo("MAR");
        assertThat(lex.countryOfNisba("المغربية")).isEqualTo("MAR");
        assertThat(lex.countryOfNisba("الأمريكي")).isEqualTo("USA");
        assertThat(lex.country("DZA").name()).isEqualTo("Algeria");
        assertThat(lex.isKingdom("MAR")).isTrue();
    }

    @Test
    void nisbaFormsCoverAccusativeDualAndFeminineDual() {
        assertThat(NisbaGenerator.forms("باكستاني")).contains("باكستانيا", "باكستانيان", "باكستانيين", "باكستانيتين", "باكستانيتان");
        ActorLexicon lex = Docs.ACTORS.lexicon();
        assertThat(lex.countryOfNisba("باكستانيا")).isEqualTo("PAK");      // 50 جنديا باكستانيا
        assertThat(lex.countryOfNisba("أمريكيان")).isEqualTo("USA");       // جنديان أمريكيان
        assertThat(lex.countryOfNisba("الأمريكيين")).isEqualTo("USA");     // الجنديين الأمريكيين
        assertThat(lex.countryOfNisba("بريطانيتين")).isEqualTo("GBR");     // دوريتين بريطانيتين
        assertThat(lex.countryOfNisba("العراقيون")).isEqualTo("IRQ");
        // a form equal to a country's name stays the name (روسيا is Russia, not the accusative of روسي)
        assertThat(lex.countryOfNisba("روسيا")).isNull();
    }

    @Test
    void unknownCodesAndSectorsAreReportedWithFileAndLine() throws IOException {
        LexiconSource src = user("organizations.txt", "# mine\nFoo | ORG | XXXGOV | فوو\nBar | ORG | MARXYZ | بار\nBaz | CLUB | MARGOV | باز\n");
        List<String> p = problems(src);
        assertThat(p).anyMatch(s -> s.matches(".*actors/organizations.txt:2: unknown actor code 'XXXGOV'"));
        assertThat(p).anyMatch(s -> s.matches(".*actors/organizations.txt:3: unknown actor code 'MARXYZ'"));
        assertThat(p).anyMatch(s -> s.contains("organizations.txt:4: organisation type"));
    }

    @Test
    void duplicatesAndConflictsAreReported() throws IOException {
        LexiconSource src = user("organizations.txt", "Pentagon | ORG | USAMIL | مبنى\nMy_Org | ORG | MARGOV | الأمم المتحدة\n");
        List<String> p = problems(src);
        assertThat(p).anyMatch(s -> s.contains("organizations.txt:1: duplicate id 'Pentagon'"));
        assertThat(p).anyMatch(s -> s.contains("organizations.txt:2: 'الأمم المتحدة' is already defined for United_Nations"));
    }

    @Test
    void badDateRangesAreReported() throws IOException {
        LexiconSource src = user("persons.txt", "A_B | MAR | ألف باء | MARGOV 2010..2005 minister\nC_D | MAR | جيم دال | MARGOV 20x0.. minister\nE_F | ZZZ | هاء واو | MARGOV 2010.. minister\n");
        List<String> p = problems(src);
        assertThat(p).anyMatch(s -> s.contains("persons.txt:1: role ends before it starts"));
        assertThat(p).anyMatch(s -> s.contains("persons.txt:2: bad date"));
        assertThat(p).anyMatch(s -> s.contains("persons.txt:3: unknown country code 'ZZZ'"));
    }

    @Test
    void badFieldsInAgentsAndExtraFilesAreReported() throws IOException {
        user("agents.txt", "الوفد الخاص | GOVX | compose | -\nالكتيبة | MIL | sometimes | -\n");
        LexiconSource src = user("notes.txt", "x\n");
        List<String> p = problems(src);
        assertThat(p).anyMatch(s -> s.contains("agents.txt:1: unknown sector 'GOVX'"));
        assertThat(p).anyMatch(s -> s.contains("agents.txt:2: agent mode"));
        assertThat(p).anyMatch(s -> s.contains("unknown actor file kind"));
    }

    @Test
    void userFilesAddToTheBuiltInOnes() throws IOException {
        LexiconSource src = user("local.organizations.txt", "Rasd_Institute | ORG | MAREDU | معهد رصد للدراسات\n");
        ActorRecognizer r = ActorRecognizer.load(src);
        var doc = Docs.TEXT.analyze(org.rasd.core.model.RawRecord.ofText("t", "عنوان\nنشر معهد رصد للدراسات تقريرا عن المغرب."));
        List<Mention> ms = r.recognize(doc);
        assertThat(ms).anyMatch(m -> m.entity().equals("Rasd_Institute") && m.code().equals("MAREDU")
                && m.rule().endsWith("local.organizations.txt:1"));
        assertThat(ms).anyMatch(m -> m.entity().equals("MAR"));
    }
}
