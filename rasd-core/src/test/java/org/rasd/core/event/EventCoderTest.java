package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.Extractor;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.RawRecord;

/** The event stage through the whole pipeline (text, actors, events) on short sentences. */
class EventCoderTest {
    /** One extractor for every event test class (immutable and thread-safe: its lexicons are loaded once per test JVM). */
    static final Extractor ex = Extractor.load();

    static List<Event> events(String sentence) throws Exception {
        Document d = ex.extract(new RawRecord("test", null, "عنوان", sentence, null, null, "2008-05-10", null));
        return d.events();
    }

    static Event only(String sentence, String category) throws Exception {
        List<Event> es = events(sentence).stream().filter(e -> e.event().equals(category)).toList();
        assertThat(es).as("%s events in: %s (all: %s)", category, sentence, events(sentence)).isNotEmpty();
        return es.get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "AGREE|اتفقت مصر مع السودان على تعزيز التعاون.",
            "CONSULT|ناقشت مصر مع الأردن الوضع في المنطقة.",
            "SUPPORT|أيدت فرنسا المغرب في موقفه.",
            "CONCEDE|تنازلت إسرائيل عن شروطها لسوريا.",
            "COOPERATE|تعاونت الجزائر مع روسيا في المجال العسكري.",
            "AID|قدمت السعودية مساعدات إنسانية إلى اليمن.",
            "RETREAT|انسحبت إسرائيل من لبنان.",
            "REQUEST|طالبت إيران الولايات المتحدة بالانسحاب.",
            "ACCUSE|اتهمت سوريا إسرائيل بالتصعيد.",
            "REJECT|رفضت إيران المقترح الأمريكي.",
            "THREATEN|هددت الولايات المتحدة إيران بعقوبات.",
            "PROTEST|تظاهر آلاف المغاربة امس في الرباط ضد الحكومة.",
            "SANCTION|قطع المغرب العلاقات مع إيران.",
            "MOBILIZE|حشدت تركيا قوات على الحدود مع العراق.",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص امس.",
            "ASSAULT|هاجمت القوات الإسرائيلية لبنان امس."})
    void codesEachPloverCategory(String category, String sentence) throws Exception {
        Event e = only(sentence, category);
        assertThat(e.cameo()).isNotBlank();
        assertThat(e.rule()).contains("lexicon/events/");
        assertThat(e.gloss()).isNotBlank();
        assertThat(e.quadClass()).isBetween(1, 4);
    }

    @Test
    void aidIsRefinedByItsObject() throws Exception {
        assertThat(only("قدمت السعودية مساعدات إنسانية إلى اليمن.", "AID").cameo()).isEqualTo("073");
        assertThat(only("قدمت إيران أسلحة إلى سوريا.", "AID").cameo()).isEqualTo("072");
    }

    @Test
    void verbSubjectObject() throws Exception {
        Event e = only("اتهمت سوريا إسرائيل بالتصعيد.", "ACCUSE");
        assertThat(e.actor()).extracting(a -> a.country()).containsExactly("SYR");
        assertThat(e.recipient()).extracting(a -> a.country()).containsExactly("ISR");
    }

    @Test
    void subjectVerbObject() throws Exception {
        Event e = only("قال المتحدث إن سوريا اتهمت إسرائيل بالتصعيد.", "ACCUSE");
        assertThat(e.actor()).extracting(a -> a.country()).containsExactly("SYR");
        assertThat(e.recipient()).extracting(a -> a.country()).containsExactly("ISR");
    }

    @Test
    void verbalNounPhrase() throws Exception {
        Event e = only("بدأت زيارة الرئيس المصري إلى الأردن.", "CONSULT");
        assertThat(e.cameo()).isEqualTo("042");
        assertThat(e.actor()).extracting(a -> a.country()).containsExactly("EGY");
        assertThat(e.recipient()).extracting(a -> a.country()).containsExactly("JOR");
    }

    @Test
    void passiveTakesItsActorFromMinQibal() throws Exception {
        Event e = only("نوقشت القضية مع الأردن من قبل مصر.", "CONSULT");
        assertThat(e.rule()).contains("[passive]");
        assertThat(e.actor()).extracting(a -> a.country()).containsExactly("EGY");
        assertThat(e.recipient()).extracting(a -> a.country()).containsExactly("JOR");
    }

    @Test
    void coordinationIsAReciprocalPair() throws Exception {
        List<Event> es = events("اتفقت مصر والأردن على تعزيز العلاقات.").stream().filter(e -> e.event().equals("AGREE")).toList();
        assertThat(es).hasSize(2);
        assertThat(es).extracting(e -> e.actor().get(0).country() + ">" + e.recipient().get(0).country())
                .containsExactlyInAnyOrder("EGY>JOR", "JOR>EGY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "asserted|ناقشت مصر مع الأردن الوضع في المنطقة.",
            "claimed|قال مسؤول إن مصر ناقشت مع الأردن الوضع في المنطقة.",
            "planned|ستناقش مصر مع الأردن الوضع في المنطقة.",
            "historical|تاريخيا ، ناقشت مصر مع الأردن الوضع في المنطقة.",
            "negated|لم تناقش مصر مع الأردن الوضع في المنطقة.",
            "hypothetical|إذا ناقشت مصر مع الأردن الوضع في المنطقة فقد يتحسن."})
    void modality(String modality, String sentence) throws Exception {
        List<Event> es = events(sentence);
        assertThat(es).as("events of %s", sentence).isNotEmpty();
        Event e = es.get(0);
        assertThat(e.modality()).isEqualTo(modality);
        assertThat(e.actor()).extracting(a -> a.country()).containsExactly("EGY");
        if (modality.equals("planned")) assertThat(e.event()).as("PLOVER: future cooperation is AGREE").isEqualTo("AGREE");
        else assertThat(e.event()).isEqualTo("CONSULT");
    }

    @Test
    void claimedNamesTheClaimant() throws Exception {
        Event e = only("أكد المغرب أن إيران تقدم أسلحة لجبهة البوليساريو.", "AID");
        assertThat(e.modality()).isEqualTo("claimed");
        assertThat(e.claimant().country()).isEqualTo("MAR");
        Event accuse = only("أكد المغرب أن إيران تقدم أسلحة لجبهة البوليساريو.", "ACCUSE");
        assertThat(accuse.actor().get(0).country()).isEqualTo("MAR");
        assertThat(accuse.recipient().get(0).country()).isEqualTo("IRN");
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() throws Exception {
        assertThat(only("هاجمت القوات الإسرائيلية لبنان امس.", "ASSAULT").date()).isEqualTo("2008-05-09");
        assertThat(only("اتهمت سوريا إسرائيل الأسبوع الماضي بالتصعيد.", "ACCUSE").date()).isEqualTo("2008-05-03");
    }

    @Test
    void statesOfAffairsAndPurposesAreNotEvents() throws Exception {
        assertThat(events("ناقش الوفد المغربي التهديد الإيراني المحتمل.")).noneMatch(e -> e.event().equals("THREATEN"));
        assertThat(events("يعمل الخبراء على دراسة خطط لتفجير الأوضاع.")).noneMatch(e -> e.event().equals("ASSAULT"));
    }

    @Test
    void idsAreDeterministicAndOffsetsPointAtTheTrigger() throws Exception {
        String s = "اتهمت سوريا إسرائيل بالتصعيد.";
        Document d = ex.extract(new RawRecord("test", null, "عنوان", s, null, null, "2008-05-10", null));
        Event e = d.events().get(0);
        assertThat(d.text().substring(e.triggerStart(), e.triggerEnd())).isEqualTo(e.trigger());
        assertThat(events(s)).extracting(Event::id).isEqualTo(d.events().stream().map(Event::id).toList());
    }

    @Test
    void anEarlierYearIsHistoricalAndDatesTheEvent() throws Exception {
        Event e = only("في عام 2003 هاجمت القوات الأمريكية العراق.", "ASSAULT");
        assertThat(e.modality()).isEqualTo("historical");
        assertThat(e.date()).isEqualTo("2003");
    }

    @Test
    void aMonthWithAnEarlierYearIsHistoricalWhereverTheYearStands() throws Exception {
        // the year right after the month name, as the clause's last word (the test reads no token after the last number)
        assertThat(only("هاجمت القوات الأمريكية العراق في مارس 2003.", "ASSAULT").modality()).isEqualTo("historical");
        // the month and year before the trigger, across a clause opener
        assertThat(only("في مارس 2003 عندما هاجمت القوات الأمريكية العراق.", "ASSAULT").modality()).isEqualTo("historical");
        // a number that is no year (the article is of 2008-05-10): the event is this month's
        assertThat(only("هاجمت القوات الأمريكية العراق في 3 مايو.", "ASSAULT").modality()).isEqualTo("asserted");
    }

    @Test
    void machineTranslationNoiseDoesNotInventConflict() throws Exception {
        // a cooperative trigger with ضد: the trigger is trusted, the confidence lowered
        Event e = only("تعاونت الجزائر ضد روسيا في المجال العسكري.", "COOPERATE");
        assertThat(e.confidence()).isLessThan(0.6);
        assertThat(events("تعاونت الجزائر ضد روسيا في المجال العسكري.")).allMatch(x -> x.quadClass() <= 2);
    }

    @Test
    void aGlossReadsAsEnglish() throws Exception {
        Event e = only("طالبت إيران الولايات المتحدة بالانسحاب.", "REQUEST");
        assertThat(e.gloss()).startsWith("Iran: ").contains("United States");
    }

    @Test
    void aDroppedSubjectContinuesThePreviousSentencesActor() throws Exception {
        List<Event> es = events("ناقشت مصر مع الأردن الوضع في المنطقة.\nووصلت إلى دمشق امس.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("042");
            assertThat(e.actor()).extracting(a -> a.country()).containsExactly("EGY");
            assertThat(e.rule()).contains("dropped subject");
        });
    }
}
