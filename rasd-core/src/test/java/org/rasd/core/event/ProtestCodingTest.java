package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.model.Event;

/**
 * PROTEST: the shapes that report a protest held (triggers, anchors of occurrence) and those that only refer to
 * one (ProtestRules), on sentences written for this test.
 */
class ProtestCodingTest {

    /** PROTEST events as the evaluation counts them: any modality but negated. */
    static List<Event> protests(String sentence) throws Exception {
        return events(sentence).stream().filter(e -> e.event().equals("PROTEST") && !e.modality().equals("negated")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a lone imperfect verb with an indefinite crowd is an ongoing protest
            "ويعتصم مئات العمال داخل مقر الشركة في القاهرة للمطالبة بزيادة الأجور.",
            // going out into the streets, marching through them
            "خرج آلاف المحتجين الى الشوارع في بيروت ضد الحكومة.",
            "جاب مئات المتظاهرين شوارع المدينة القديمة ضد الفساد.",
            // a protest noun with a verb of breaking out
            "اندلعت مظاهرات غاضبة في عدة مدن تونسية.",
            // protesters heading somewhere: the protest reading wins over a visit
            "توجه المتظاهرون وهم 2000 الى مقر السفارة في لندن.",
            // a sit-in in the accusative (نفذوا اعتصاما)
            "ونفذ العمال اعتصاما امس أمام وزارة العمل.",
            // self-immolation in protest
            "أقدم شاب على إحراق نفسه احتجاجا على مصادرة بضاعته.",
            // a boycott of elections, also through an object pronoun (وقاطعتها)
            "قاطعت أحزاب المعارضة امس الانتخابات البلدية.",
            "جرت الانتخابات الرئاسية امس في بوروندي وقاطعتها المعارضة.",
            // a protest stand
            "نظم الصحافيون وقفة احتجاجية امس أمام نقابتهم.",
            // chanting with its own crowd and day
            "هتف آلاف المتظاهرين امس في القاهرة ضد الغلاء."})
    void reportsAreCoded(String sentence) throws Exception {
        assertThat(protests(sentence)).as("PROTEST in: %s (all: %s)", sentence, events(sentence)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a topic: the right or the law of demonstrating
            "ناقش البرلمان امس قانون التظاهر الجديد.",
            // an anaphor: a protest already reported
            "وقال أحد المنظمين امس إن هذه المظاهرة سلمية.",
            // the time of another event
            "أصيب شرطي امس بعد مظاهرة في وسط المدينة.",
            // the object of repression, before or after the noun
            "منعت قوات الأمن امس تظاهرة أمام البرلمان.",
            "ووقعت اشتباكات امس في مظاهرات قمعتها الشرطة.",
            // chanting by protesters already introduced
            "وهتف المتظاهرون ضد الحكومة.",
            // people described as protesting while they take part in clashes
            "اشتبكت الشرطة امس مع متظاهرين يحتجون على الغلاء.",
            // what gathers is not people
            "تجمعت مئات السيارات امس عند المعبر الحدودي.",
            // called for, not held
            "حث زعيم المعارضة أنصاره امس على الاعتصام أمام البرلمان.",
            // an opinion, not a collective act
            "وأبدى العمال امس احتجاجهم على القرار.",
            // the content of a charge
            "اتهمت الحكومة امس المعارضة بالشغب.",
            // the end of a protest already reported
            "وأنهى المعتصمون امس الاعتصام بعد الاتفاق مع الإدارة.",
            // leaving a place
            "خرج عشرات السكان من المدينة امس هربا من القتال.",
            // a protest named by comparison
            "وشهدت مدن أخرى امس مظاهرات مماثلة.",
            // a funeral procession
            "خرجت امس تظاهرة التشييع من المسجد الكبير.",
            // a gathering in a relative clause is background
            "اعتقلت الشرطة امس المتظاهرين الذين تجمعوا أمام السفارة."})
    void referencesAreNotCoded(String sentence) throws Exception {
        assertThat(protests(sentence)).as("no PROTEST in: %s", sentence).isEmpty();
    }

    @Test
    void aDiplomaticProtestIsAnAccusation() throws Exception {
        // PLOVER: a government's formal protest is ACCUSE (CAMEO 114), not a demonstration
        List<Event> es = events("احتجت مصر رسميا امس لدى إيران على تنظيم مظاهرة مسيئة.");
        assertThat(es).anyMatch(e -> e.event().equals("ACCUSE") && e.cameo().equals("114"));
        assertThat(es).noneMatch(e -> e.event().equals("PROTEST") && e.trigger().startsWith("احتج"));
        assertThat(events("سلمت وزارة الخارجية المصرية السفير الإيراني مذكرة احتجاج امس.")).anyMatch(e -> e.cameo().equals("114"));
    }

    @Test
    void theProtestersNamedInTheSentenceAreTheActor() throws Exception {
        // the noun has no argument of its own; the protesters of the next clause did it
        List<Event> es = protests("اندلعت مظاهرات امس في وسط المدينة وأغلق المتظاهرون الشوارع الرئيسية.");
        assertThat(es).isNotEmpty();
        assertThat(es).allMatch(e -> !e.actor().isEmpty() && "CVL".equals(e.actor().get(0).sector()));
        assertThat(es.get(0).rule()).contains("lexicon/events/");
    }

    @Test
    void aProtestWithoutAnAnchorIsAReference() throws Exception {
        // the definite المتظاهرون does not anchor a protest: it names one reported before
        assertThat(protests("وأكد المتحدث أن المظاهرات سلمية.")).isEmpty();
    }
}
