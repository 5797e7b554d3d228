package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.EventCoderTest.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.model.Event;

/**
 * CONSULT on real news (docs/event-lexicon.md, "Quality on real articles", addendum): visits and receptions of
 * places, things or private visitors, and meetings of sports, business or school bodies, are no consultation.
 * Sentences written for the test.
 */
class ConsultPrecisionTest {

    private static boolean consult(Event e) { return e.event().equals("CONSULT"); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وزار الرئيس الفرنسي امس متحف اللوفر مع عائلته.",
            "وكان في استقبال السفينة الكويتية محافظ البصرة امس.",
            "وبدأت وزارة الصحة الأردنية امس باستقبال أفواج المرضى القادمين من غزة.",
            "واستقبل الرئيس اليمني امس المعزين في وفاة والدته.",
            "واستضاف السفير المصري حفلا فنيا في فندق بالعاصمة."})
    void aVisitOrReceptionOfAPlaceOrPrivateVisitorsIsNoConsultation(String sentence) throws Exception {
        assertThat(events(sentence)).as("events in: %s", sentence).noneMatch(ConsultPrecisionTest::consult);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "واجتمعت اللجنة التنفيذية للاتحاد الآسيوي لكرة القدم امس في كوالالمبور.",
            "وتعقد اللجنة التنفيذية للفيفا اجتماعا لها في زيوريخ غدا."})
    void aMeetingOfASportsOrBusinessBodyIsNoConsultation(String sentence) throws Exception {
        assertThat(events(sentence)).as("events in: %s", sentence).noneMatch(ConsultPrecisionTest::consult);
    }

    @Test
    void visitsAndMeetingsOfStatePartiesStillCode() throws Exception {
        assertThat(events("واستقبل الرئيس التونسي امس وزير الخارجية الفرنسي في قصر قرطاج.")).anyMatch(ConsultPrecisionTest::consult);
        assertThat(events("وزار وزير الدفاع الأردني امس العراق.")).anyMatch(ConsultPrecisionTest::consult);
        // a state party keeps a meeting that mentions a club
        assertThat(events("والتقى وزير الرياضة المغربي امس رئيس الحكومة الإسبانية لبحث ملف المنتخب.")).anyMatch(ConsultPrecisionTest::consult);
    }

    private static boolean support(Event e) { return e.event().equals("SUPPORT"); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقررت الحكومة المصرية امس دعم الوقود والخبز للأسر الفقيرة.",
            "وأشاد الرئيس المصري عبد الفتاح السيسي بفعاليات المهرجان الدولي في القاهرة امس.",
            "ودافع رئيس الوزراء العراقي عن أدائه امام البرلمان امس."})
    void supportOfAThingOrASubsidyIsNoSupportEvent(String sentence) throws Exception {
        assertThat(events(sentence)).as("events in: %s", sentence).noneMatch(ConsultPrecisionTest::support);
    }

    @Test
    void supportOfAPartysEffortsStillCodes() throws Exception {
        assertThat(events("ودعمت السعودية امس جهود الحكومة اليمنية في عدن.")).anyMatch(ConsultPrecisionTest::support);
        assertThat(events("وأشاد الرئيس الفرنسي امس بالحكومة التونسية.")).anyMatch(ConsultPrecisionTest::support);
    }
}
