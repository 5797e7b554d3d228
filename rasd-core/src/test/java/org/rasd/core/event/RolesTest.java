package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.model.Event;

/**
 * Who did it to whom in reports of casualties with their cause ({@link CasualtyCause}); sentences written for the
 * test, in the shape of news reports.
 */
class RolesTest {
    private static List<Event> assaults(String sentence) {
        return NewsPrecisionTest.in2015(sentence).stream().filter(e -> e.event().equals("ASSAULT")).toList();
    }

    private static Event at(List<Event> es, String trigger) {
        return es.stream().filter(e -> e.trigger().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no ASSAULT on '" + trigger + "' in " + es));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال مسؤولون إن 9 جنود عراقيين قتلوا في ضربة جوية أميركية قرب الموصل أمس.|قتلوا|USA|IRQ",
            "وأفاد مصدر أمني أن 12 مدنيا سوريا قتلوا وجرح آخرون لدى إلقاء مروحيات النظام السوري براميل متفجرة على بلدة في ريف حلب أمس.|قتلوا|SYR|SYR",
            "وذكرت الشرطة أن خمسة جنود باكستانيين قتلوا على الأقل في قصف للقوات الهندية في كشمير أمس.|قتلوا|IND|PAK"})
    void theVictimsOfAPassiveCasualtyAreNoActorAndTheAttacksPartyIs(String sentence, String trigger, String attacker, String victims) {
        Event e = at(assaults(sentence), trigger);
        assertThat(e.actor()).as("actor").allMatch(a -> attacker.equals(a.country())).isNotEmpty();
        assertThat(e.recipient()).as("recipient").anyMatch(r -> victims.equals(r.country()));
    }

    @Test
    void aCasualtyNounsComplementIsTheVictimOfTheAttackNoun() {
        Event e = at(assaults("وأعلن المرصد مقتل 12 جنديا عراقيا في قصف بالقرب من الفلوجة أمس."), "قصف");
        assertThat(e.actor()).noneMatch(a -> "IRQ".equals(a.country()));
        assertThat(SeedEventsTest.has(e.recipient(), "IRQ")).isTrue();
    }

    @Test
    void theTargetAfterTheAttackNounIsNoAttacker() {
        // قصف للمناطق الباكستانية: the areas shelled, not who shelled them
        Event e = at(assaults("وذكرت باكستان أن أربعة مدنيين قتلوا في قصف للمناطق الباكستانية من الإقليم أمس."), "قتلوا");
        assertThat(e.actor()).noneMatch(a -> "PAK".equals(a.country()));
    }

    @Test
    void anActiveVerbWithItsObjectKeepsItsSubject() {
        // قتلوا خمسة أشخاص في هجوم: the fighters killed; the verb has its object
        Event e = at(assaults("وأعلنت الشرطة الكينية أمس أن مقاتلين من حركة الشباب الصومالية قتلوا خمسة أشخاص في هجوم على آلية للشرطة."), "قتلوا");
        assertThat(e.recipient()).noneMatch(r -> r.text().contains("الشباب"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "هنأ الرئيس المصري رئيس الوزراء اليوناني بنجاح الانتخابات، واستقبل وفدا من رجال الأعمال في القاهرة أمس.|واستقبل|EGY|GRC",
            "قوات الجيش السوري تقصف حلب وتقتل 20 مدنيا.|وتقتل|SYR|SYR-city"})
    void aCoordinatedVerbSharesTheSubjectNotTheObjectOfTheVerbBefore(String sentence, String trigger, String subject, String object) {
        Event e = NewsPrecisionTest.in2015(sentence).stream().filter(x -> x.trigger().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "'"));
        assertThat(e.actor()).as("actor").isNotEmpty().allMatch(a -> subject.equals(a.country()));
        assertThat(e.actor()).as("actor").noneMatch(a -> a.text().contains("اليوناني") || a.text().equals("حلب"));
    }

    @Test
    void aCoordinatedCasualtyVerbWithAnObjectSharesItsActiveSubject() {
        // وقتل آخرين: آخرين is an object, the army killed
        Event e = at(assaults("وقال متحدث إن الجيش البوروندي اعتقل عشرات المسلحين وقتل آخرين في اشتباكات شمال البلاد أمس."), "وقتل");
        assertThat(e.recipient()).noneMatch(r -> "BDI".equals(r.country()));
    }

    @Test
    void anAttackNounWithNoCasualtyBeforeItKeepsItsTarget() {
        Event e = at(assaults("استهدف طيران التحالف بغارات عنيفة مواقع ميليشيات الحوثي قرب قاعدة العند أمس."), "بغارات");
        assertThat(e.actor()).noneMatch(a -> a.text().contains("الحوثي"));
    }
}
