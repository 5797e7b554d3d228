package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.model.Event;

/**
 * Cooperative events on real news (docs/event-lexicon.md, "Quality on real articles"): nouns naming an existing
 * agreement or alliance, failure to agree, "helps to", and business-only events. Sentences written for the test.
 */
class CooperativeEventsTest {

    private static boolean cooperative(Event e) {
        return e.event().equals("AGREE") || e.event().equals("COOPERATE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a completion participle: the agreement exists
            "وبموجب الاتفاق المبرم بين الأردن والعراق تصل الشحنات كل شهر.",
            "وتنص الاتفاقية الموقعة بين تونس وإيطاليا على ترحيل المهاجرين.",
            // a topic: an existing relation, no act
            "وقال السفير إن الزيارة محطة مهمة في التعاون بين الجزائر وروسيا.",
            "ويرى المحللون أن معظم الصفقات اليابانية صغيرة الحجم.",
            "وانتقد النائب الاتفاق النووي مع إيران في كلمته."})
    void aNounNamingAnExistingDealIsNoEvent(String sentence) throws Exception {
        assertThat(events(sentence)).as("events in: %s", sentence).noneMatch(CooperativeEventsTest::cooperative);
    }

    @Test
    void aNounConcludedSignedOrPlannedStillCodes() throws Exception {
        assertThat(events("ووقعت الأردن والعراق امس اتفاقية لتبادل الطاقة في عمان."))
                .anyMatch(e -> e.event().equals("AGREE") || e.cameo().startsWith("057"));
        assertThat(events("وأبرمت قطر مع تركيا صفقة لشراء طائرات مسيرة.")).anyMatch(CooperativeEventsTest::cooperative);
        List<Event> planned = events("وبحث الوزيران الاتفاقيات الاقتصادية المخطط لها بين تونس وإيطاليا.");
        assertThat(planned).as("a planned-after cue after an adjective").anyMatch(CooperativeEventsTest::cooperative);
        assertThat(events("ونظمت وزارة الصحة المعرض بالتعاون مع منظمة الصحة العالمية.")).anyMatch(e -> e.event().equals("COOPERATE"));
    }

    @Test
    void failingToReachAnAgreementIsNegated() throws Exception {
        List<Event> es = events("وفشلت المحادثات بين الهند وباكستان امس في التوصل إلى اتفاق بشأن الحدود.");
        assertThat(es).filteredOn(CooperativeEventsTest::cooperative).isNotEmpty()
                .allMatch(e -> e.modality().equals("negated"));
        assertThat(events("وتوصلت الهند وباكستان امس إلى اتفاق بشأن الحدود."))
                .filteredOn(CooperativeEventsTest::cooperative).isNotEmpty().noneMatch(e -> e.modality().equals("negated"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال الخبير إن الأنظمة الجديدة ستساعد الأردن على حماية حدوده.",
            "وأكد الوزير الأردني أن هذه الخطوات لا تساعد إيران على بناء الثقة.",
            "وقال إن الرياضة تساعدهم على التركيز."})
    void helpsToWithAThingAsSubjectIsNoCooperation(String sentence) throws Exception {
        assertThat(events(sentence)).as("events in: %s", sentence).noneMatch(CooperativeEventsTest::cooperative);
    }

    @Test
    void helpingByAPartyStillCodes() throws Exception {
        assertThat(events("ساعدت فرنسا مالي على استعادة مدن الشمال."))
                .anyMatch(e -> e.event().equals("COOPERATE") && e.actor().stream().anyMatch(a -> "FRA".equals(a.country())));
    }

    @Test
    void prepareIsNoPromiseAndUseIsNoInvestment() throws Exception {
        assertThat(events("وأعد الجيش الأردني خطة لحماية الحدود مع سوريا.")).noneMatch(e -> e.event().equals("AGREE"));
        assertThat(events("واستثمرت الحكومة المصرية المناسبة لحملتها الإعلامية.")).noneMatch(e -> e.event().equals("COOPERATE"));
        assertThat(events("وتستثمر الحكومة المصرية في مشاريع الطاقة مع الصين.")).anyMatch(e -> e.event().equals("COOPERATE"));
    }

    @Test
    void anEventBetweenBusinessesOnlyIsDroppedButAGovernmentPartyKeepsIt() throws Exception {
        assertThat(events("واتفقت شركة أرامكو مع شركة توتال على بناء مصفاة جديدة."))
                .as("two companies agreeing").noneMatch(CooperativeEventsTest::cooperative);
        assertThat(events("واتفقت شركة أرامكو مع وزارة الطاقة السعودية على بناء مصفاة جديدة."))
                .as("a company and a ministry").anyMatch(CooperativeEventsTest::cooperative);
    }
}
