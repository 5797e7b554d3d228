package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.EventCoderTest.events;
import static org.rasd.core.event.EventCoderTest.only;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Event;

/** The causes of wrong events measured on real news articles (docs/event-lexicon.md, "Quality on real articles"). */
class RealNewsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // adverbs written like هنأ (congratulate)
            "وأكد الوزير أن هناك فرصا كبيرة للاستثمار في المنطقة.",
            "وقال المدير إن الوضع هنا مستقر تماما.",
            // يُعدّ (is considered), not a promise
            "ويعد المشروع من أكبر مشاريع البنية التحتية في المملكة.",
            // according to, not an approval
            "ووفقا لتقرير الوزارة بلغت الصادرات مليار ريال.",
            // issued by, not confiscated
            "وقالت الشركة في بيان صادر عنها إن الأرباح ارتفعت.",
            // a formula after the king's name
            "وأدى خادم الحرمين الشريفين أيده الله صلاة العيد في مكة المكرمة.",
            // the opposition (a party), not an act of opposing
            "وقال مصدر في المعارضة إن الطرق مغلقة."})
    void homographsAreNotTriggers(String sentence) throws Exception {
        List<Event> es = events(sentence);
        assertThat(es).as("events in: %s", sentence).isEmpty();
    }

    @Test
    void theVerbsTheyResembleStillCode() throws Exception {
        Event e = only("هنأ خادم الحرمين الشريفين الرئيس المصري بمناسبة ذكرى الاستقلال.", "SUPPORT");
        assertThat(e.actor()).anyMatch(a -> "SAU".equals(a.country()));
        assertThat(e.modality()).as("the occasion's anniversary does not make the congratulation historical").isEqualTo("asserted");
        assertThat(events("صادرت السلطات المصرية أموال الشركة امس.")).anyMatch(x -> x.cameo().startsWith("17"));
    }

    @Test
    void aTriggerWordInsideAnOrganisationsNameIsPartOfTheName() throws Exception {
        // التحالف (alliance) and التعاون (cooperation) inside the names of an IGO: no COOPERATE event
        assertThat(events("وشنت طائرات التحالف العربي غارات على مواقع المسلحين امس."))
                .noneMatch(x -> x.event().equals("COOPERATE")).anyMatch(x -> x.event().equals("ASSAULT"));
        assertThat(events("وقال الأمين العام لمجلس التعاون الخليجي إن القمة ستعقد في الرياض."))
                .noneMatch(x -> x.event().equals("COOPERATE"));
        // the same words outside a name still code
        assertThat(events("وقعت المغرب وفرنسا امس اتفاقية للتعاون العسكري في الرباط.")).isNotEmpty();
    }

    @Test
    void anEventWithNoPartyIsNotCoded() throws Exception {
        assertThat(events("وعلى دروب الخير نلتقي.")).isEmpty();
        assertThat(events("ولكن عند الوصول يطلب منك أن تغطي رأسك.")).isEmpty();
        // an occurrence needs no named party
        assertThat(events("قتل خمسة أشخاص وأصيب عشرة في هجوم انتحاري امس.")).anyMatch(x -> x.event().equals("ASSAULT"));
    }

    @Test
    void aFrameworkNamesAnExistingRelationNotANewEvent() throws Exception {
        assertThat(events("وصلت الطائرات إلى القاهرة أمس في إطار التعاون العسكري بين مصر وفرنسا."))
                .noneMatch(e -> e.event().equals("COOPERATE"));
        assertThat(events("وقعت مصر وفرنسا أمس اتفاقية التعاون العسكري.")).noneMatch(e -> e.event().equals("COOPERATE"));
    }

    @Test
    void hijriDatesAreConverted() throws Exception {
        // 1 Shawwal 1436 (Eid al-Fitr) was Friday 17 July 2015 in Saudi Arabia
        Event e = only("استقبل خادم الحرمين الشريفين يوم الثلاثاء 5 شوال 1436هـ وزير الخارجية الأمريكي.", "CONSULT");
        assertThat(e.date()).isEqualTo("2015-07-21");
        // without a year: the article's Hijri year, or the one before when that would be after the article (2008-05-10)
        Event f = only("واستقبل خادم الحرمين الشريفين في 5 شوال وزير الخارجية الأمريكي.", "CONSULT");
        assertThat(f.date()).startsWith("2007-10");
    }

    @Test
    void condolencesExpressAccordWithTheBereaved() throws Exception {
        Event e = only("وبعث خادم الحرمين الشريفين برقية عزاء ومواساة للرئيس التونسي في ضحايا السيول.", "SUPPORT");
        assertThat(e.actor()).anyMatch(a -> "SAU".equals(a.country()));
        assertThat(e.trigger()).isEqualTo("عزاء ومواساة");
    }

    @Test
    void anAppositionOfTheActorIsNotTheObject() throws Exception {
        Event e = only("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وزير الخارجية الأمريكي جون كيري.", "CONSULT");
        assertThat(e.recipient()).as("recipient of %s", e).anyMatch(a -> "USA".equals(a.country()));
        assertThat(e.recipient()).noneMatch(a -> "SAU".equals(a.country()));
    }

    @Test
    void homographFileIsValidatedWithFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("events"));
        java.nio.file.Files.writeString(dir.resolve("events/homographs.txt"), "صادر |\nكلمتان هنا\n");
        LexiconSource bad = LexiconSource.withUserDirs(List.of(dir));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Homographs.load(bad))
                .isInstanceOf(LexiconException.class).hasMessageContaining("homographs.txt:1").hasMessageContaining("homographs.txt:2");
    }
}
