package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.actor.Docs.mentions;
import static org.rasd.core.actor.Docs.only;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.eval.NerEvaluation;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Mention;

/** Organisation names: descriptions against proper names, the extent after a head, common words, clubs and titles. */
class OrgNamesTest {
    @TempDir
    Path dir;

    @Test
    void descriptionsOfInstitutionsAreAgentsNotNamedEntities() {
        List<Mention> ms = mentions("قالت وزارة الصحة إن الجيش اللبناني والحكومة العراقية والاتحاد الكويتي وجامعة القاهرة اتفقت.");
        // a description head (org-heads.txt: description) and its complement
        Mention ministry = only(ms, "وزارة الصحة");
        assertThat(ministry.type()).isEqualTo("ORG");
        assertThat(ministry.resolution()).isEqualTo("agent");
        // a lexicon organisation written as an agent and its own demonym keeps its identity
        Mention army = only(ms, "الجيش اللبناني");
        assertThat(army.entity()).isEqualTo("Lebanese_Army");
        assertThat(army.code()).isEqualTo("LBNMIL");
        assertThat(army.resolution()).isEqualTo("agent");
        assertThat(only(ms, "الحكومة العراقية").resolution()).isEqualTo("agent");
        // a head and a demonym alone describe
        assertThat(only(ms, "الاتحاد الكويتي").resolution()).isEqualTo("agent");
        for (String d : List.of("وزارة الصحة", "الجيش اللبناني", "الحكومة العراقية", "الاتحاد الكويتي"))
            assertThat(NerEvaluation.nerType(only(ms, d))).as(d).isNull();
        // a proper name stays a named entity
        assertThat(NerEvaluation.nerType(only(ms, "جامعة القاهرة"))).isEqualTo("ORG");
    }

    @Test
    void aLexiconNameKeepsItsProperNameShape() {
        List<Mention> ms = mentions("قال الجيش الوطني الليبي إن تنظيم القاعدة هاجم.");
        assertThat(only(ms, "الجيش الوطني الليبي").resolution()).isEqualTo("lexicon");
        assertThat(only(ms, "تنظيم القاعدة").resolution()).isEqualTo("lexicon");
    }

    @Test
    void headsThatOnlyAnnounceANameStayOutOfItsSpan() {
        List<Mention> ms = mentions("وقالت قناة الجزيرة نقلا عن وكالة فرانس برس إن وكالة غوث وتشغيل اللاجئين الفلسطينيين تعمل.");
        assertThat(only(ms, "الجزيرة").entity()).isEqualTo("Al_Jazeera");
        assertThat(only(ms, "فرانس برس").entity()).isEqualTo("AFP");
        // the rest alone is no name: the head stays
        assertThat(only(ms, "وكالة غوث وتشغيل اللاجئين الفلسطينيين").entity()).isEqualTo("UNRWA");
        assertThat(ms).noneMatch(m -> m.text().startsWith("قناة") || m.text().startsWith("وكالة فرانس"));
    }

    @Test
    void anAnnouncingHeadTakesOneDefiniteWordAndADescriptionIsNoName() {
        List<Mention> ms = mentions("أسس جريدة القدس وتتبعها مكتبة. وذكرت وكالة الأنباء المصرية أن نادي الهلال السعودي فاز.");
        assertThat(only(ms, "القدس").type()).isEqualTo("ORG");
        assertThat(ms).noneMatch(m -> m.text().contains("وتتبعها") || m.text().equals("الأنباء"));
        // وكالة الأنباء is a head of its own that belongs to the name
        assertThat(only(ms, "وكالة الأنباء المصرية").type()).isEqualTo("ORG");
        Mention club = only(ms, "الهلال");
        assertThat(club.type()).isEqualTo("ORG");
    }

    @Test
    void aCityWithAMasculineDemonymIsAClub() {
        List<Mention> ms = mentions("فاز ليون الفرنسي على ضيفه. وزار الوزير مدينة ليون الفرنسية.");
        List<Mention> lyon = ms.stream().filter(m -> m.text().equals("ليون")).toList();
        assertThat(lyon).hasSize(2);
        assertThat(lyon.get(0).type()).isEqualTo("ORG");
        assertThat(lyon.get(0).code()).isEqualTo("FRABUS");
        assertThat(lyon.get(1).type()).isEqualTo("CITY");
    }

    @Test
    void aPlaceNameInGuillemetsIsATitle() {
        List<Mention> ms = mentions("وقال لـ « الشرق الأوسط » إن الوضع في الشرق الأوسط صعب.");
        List<Mention> both = ms.stream().filter(m -> m.text().equals("الشرق الأوسط")).toList();
        assertThat(both).extracting(Mention::type).containsExactly("ORG", "REGION");
        assertThat(both.get(0).sector()).isEqualTo("MED");
    }

    @Test
    void organisationNamesThatAreCommonWordsNeedTheirContext() {
        List<Mention> ms = mentions("أجرى اتصالات مع شركة اتصالات بعد فشل المحادثات. هذه القاعدة السياسية ثابتة. وهاجم تنظيم القاعدة ثكنة.");
        assertThat(ms.stream().filter(m -> "Etisalat".equals(m.entity()))).hasSize(1);
        assertThat(ms).noneMatch(m -> "Shell".equals(m.entity()));
        assertThat(ms.stream().filter(m -> "Al_Qaeda".equals(m.entity()))).extracting(Mention::text).containsExactly("تنظيم القاعدة");
    }

    @Test
    void aBadOrgHeadKindNamesItsLine() throws IOException {
        Path p = dir.resolve("actors").resolve("org-heads.txt");
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# mine\nمرصد | NGO | ORG | in | descriptive\n");
        try {
            ActorLexicon.load(LexiconSource.withUserDirs(List.of(dir)));
            throw new AssertionError("no lexicon problem reported");
        } catch (LexiconException e) {
            assertThat(e.problems()).anyMatch(s -> s.matches(".*actors/org-heads.txt:2: fifth field must be name or description, not 'descriptive'"));
        }
    }
}
