package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.model.Event;

/** Mentions that are not reports of an occurrence stay uncoded; reports with a concrete anchor are coded. */
class EventPrecisionTest {

    static List<Event> reported(String sentence, String category) throws Exception {
        return events(sentence).stream().filter(e -> e.event().equals(category))
                .filter(e -> e.modality().equals("asserted") || e.modality().equals("claimed")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a topic, not a report: a lone noun with no news-day time
            "ASSAULT|تحدث الوزير طويلا عن الهجمات التي تتعرض لها القرى الحدودية.",
            "ASSAULT|يرى المحلل أن الجماعات المتطرفة يقتلون المدنيين بلا تمييز.",
            // a verbal noun after a governing word
            "ASSAULT|اتهمت النيابة الرجل بمحاولة قتل جاره.",
            // the object of a condemnation
            "ASSAULT|أدانت الجامعة العربية اغتيال الصحافي.",
            // the topic of another action
            "COERCE|جمدت الحكومة أصول شركات متهمة بالالتفاف على العقوبات.",
            // a noun inside an organisation's name
            "CONCEDE|قالت منظمة العفو الدولية إن السلطات احتجزت ناشطين.",
            // targeting without violence
            "ASSAULT|أصدرت الحكومة قرارات اقتصادية تستهدف قطاع الطاقة امس.",
            // an older year makes it historical
            "ASSAULT|قتل مسلحون عشرة جنود في الهجوم على الثكنة عام 1995 في الجنوب."})
    void referencesAreNotReports(String category, String sentence) throws Exception {
        assertThat(reported(sentence, category)).as("%s in: %s", category, sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ASSAULT|وقع انفجار امس في سوق شعبي وسط المدينة.",
            "ASSAULT|قتل خمسة أشخاص وأصيب عشرة في هجوم انتحاري امس.",
            "PROTEST|خرجت مظاهرات امس في العاصمة ضد الغلاء."})
    void anchoredReportsAreCoded(String category, String sentence) throws Exception {
        assertThat(reported(sentence, category)).as("%s in: %s", category, sentence).isNotEmpty();
    }

    @Test
    void demandContentIsNotARelease() throws Exception {
        List<Event> es = events("تظاهر مئات الطلاب امس أمام البرلمان للمطالبة بالإفراج عن زملائهم.");
        assertThat(es).noneMatch(e -> e.event().equals("RETREAT"));
        assertThat(es).anyMatch(e -> e.event().equals("REQUEST"));
    }

    @Test
    void victimsNationalityIsTheRecipient() throws Exception {
        List<Event> es = reported("قتل ثلاثة جنود فرنسيين امس في هجوم انتحاري في مدينة قندهار.", "ASSAULT");
        assertThat(es).isNotEmpty();
        assertThat(es).anyMatch(e -> e.recipient().stream().anyMatch(a -> "FRA".equals(a.country())));
    }

    @Test
    void verbalAttackIsCriticism() throws Exception {
        List<Event> es = events("شن زعيم المعارضة هجوما لاذعا على الحكومة امس.");
        assertThat(es).noneMatch(e -> e.event().equals("ASSAULT"));
    }
}
