package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.EventCoderTest.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.RawRecord;

/**
 * ASSAULT precision and modality: figurative attacks, references (charges, lists, backgrounds, anniversaries,
 * demonstratives, devices found, disasters), and the reports that must still be coded. Sentences are made up for the
 * test (the article is dated 2008-05-10).
 */
class AssaultPrecisionTest {

    static List<Event> assaults(String sentence) throws Exception {
        return events(sentence).stream().filter(e -> e.event().equals("ASSAULT")).filter(e -> !e.modality().equals("negated")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // figurative explosions
            "انفجر الحضور بالضحك عندما روى الوزير النكتة امس.",
            "تفجر الخلاف بين الحزبين حول الميزانية امس.",
            // a device found or defused
            "فككت الشرطة امس سيارة مفخخة قرب السفارة.",
            // a trial, the charge is an earlier act
            "حكمت المحكمة امس بالسجن على ثلاثة متهمين بخطف سائحين.",
            // a list of crimes
            "تتهم المنظمة الميليشيا بأعمال اغتصاب ونهب وقتل في القرى.",
            // the attack is the background of another event
            "قطعت الحكومة علاقاتها مع جارتها غداة هجوم شنه متمردون على العاصمة اسفر عن مقتل 20 شخصا.",
            "أغلقت السلطات المعبر الحدودي يومين بعد أن خطف مسلحون سبعة سائقين.",
            "وأثار الهجوم الانتحاري امس موجة تنديد واسعة.",
            // deaths in a disaster
            "قتل 30 شخصا في زلزال ضرب المنطقة امس.",
            // a time expression, not the verb فجر
            "أقدم مسلحون فجر امس على إحراق مبنى البلدية.",
            // a reference back to an attack already reported
            "أعرب الوزير امس عن صدمته لهذا الهجوم.",
            "حذرت الحكومة امس من أي هجوم على منشآتها.",
            "نظمت الجمعية امس حفلا في الذكرى الثانية لاغتيال الصحافي.",
            // a lone act in a relative clause describes a participant
            "أفرج الخاطفون عن الصحافي الذي خطف في العاصمة."})
    void notAnAssault(String sentence) throws Exception {
        assertThat(assaults(sentence)).as(sentence).isEmpty();
    }

    @Test
    void verbalAttacksAreCriticism() throws Exception {
        for (String s : List.of("شن زعيم المعارضة هجوما عنيفا على الحكومة امس.", "هاجم الوزير الصحافة امس بسبب تقاريرها.",
                "وفتح النار على أعضاء الشرف الذين انتقدوا الإدارة.")) {
            List<Event> es = events(s);
            assertThat(es).as(s).noneMatch(e -> e.event().equals("ASSAULT"));
            assertThat(es).as(s).anyMatch(e -> e.cameo().equals("111"));
        }
        // with a weapon or a casualty the same verbs are an assault
        assertThat(assaults("هاجم مسلحون دورية للشرطة امس وقتلوا جنديين.")).isNotEmpty();
        assertThat(assaults("شن الجيش هجوما بالصواريخ على مواقع المتمردين امس.")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "تعرضت دورية للشرطة امس لهجوم بقذائف الهاون شمال المدينة.",
            "أطلق الجيش صباح امس عشرة صواريخ على مواقع المتمردين.",
            "تفجرت عبوة ناسفة قرب سوق الخضار امس.",
            "اغتال مسلحون قاضيا في مدينة الموصل.",
            "وقع انفجار في سوق المدينة.",
            // a relative clause that tells how the act was done reports it
            "وعثرت الشرطة امس على جثة المسلح الذي قتل بالرصاص قرب الحاجز."})
    void reportsAreStillCoded(String sentence) throws Exception {
        assertThat(assaults(sentence)).as(sentence).isNotEmpty().anyMatch(e -> e.modality().equals("asserted"));
    }

    @Test
    void hostageTakingIsAbduction() throws Exception {
        assertThat(assaults("احتجز مسلحون أربعة من رجال الشرطة رهائن امس.")).anyMatch(e -> e.cameo().equals("181"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "في ديسمبر 2005 قتل مسلحون عشرة جنود في هجوم على ثكنة.",
            "وفي شباط (فبراير) عام 2008 قتل مسلحون ستة حراس في هجوم على مصرف.",
            "قتل مسلحون عشرة جنود في هجوم على ثكنة في العام الماضي.",
            "يشار إلى أنه في أكتوبر 2003، حين هاجم مسلحون مقر الوزارة، قتل تسعة موظفين."})
    void explicitEarlierDatesAreHistorical(String sentence) throws Exception {
        assertThat(assaults(sentence)).as(sentence).isNotEmpty().allMatch(e -> e.modality().equals("historical"));
    }

    @Test
    void aRecentTimeIsNotHistorical() throws Exception {
        assertThat(assaults("احتجز مسلحون أربعة من رجال الشرطة رهائن منذ مساء أول من أمس."))
                .isNotEmpty().noneMatch(e -> e.modality().equals("historical"));
        // the month before the article's is news, not history
        assertThat(assaults("في أبريل 2008 قتل مسلحون عشرة جنود في هجوم على ثكنة.")).isNotEmpty().noneMatch(e -> e.modality().equals("historical"));
    }

    @Test
    void hypotheticalsAreMarked() throws Exception {
        assertThat(assaults("قد تكون الجماعة من اغتالت الوزير امس.")).allMatch(e -> e.modality().equals("hypothetical"));
    }

    @Test
    void aVerbInsideAPersonsNameIsNoTrigger() throws Exception {
        // طالباني is a name, not the verb طالب
        List<Event> es = events("اعلن مكتب الرئيس طالباني مقتل خمسة من حراسه في انفجار عبوة ناسفة امس.");
        assertThat(es).noneMatch(e -> e.event().equals("REQUEST"));
    }

    @Test
    void newLexiconFilesAndOptionsAreValidatedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/months.txt"), "13 | شهر\n");
        Files.writeString(dir.resolve("events/verbs.txt"), "نسف/ينسف | 183 | subj > any | literal:nosuchclass\nدك/يدك | 195 | subj > any | literal:physical=999\n");
        assertThatThrownBy(() -> EventCoder.load(LexiconSource.withUserDirs(List.of(dir))))
                .isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems()).anySatisfy(p -> assertThat(p).contains("events/months.txt:1").contains("unknown kind '13'")));
        Files.writeString(dir.resolve("events/months.txt"), "");
        assertThatThrownBy(() -> EventCoder.load(LexiconSource.withUserDirs(List.of(dir))))
                .isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("events/verbs.txt:1").contains("unknown word class 'nosuchclass'"))
                        .anySatisfy(p -> assertThat(p).contains("events/verbs.txt:2").contains("unknown CAMEO code '999'")));
    }

    static Document doc(String text, String date) throws Exception {
        return EventCoderTest.ex.extract(new RawRecord("test", null, "عنوان", text, null, null, date, null));
    }
}
