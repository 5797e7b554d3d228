package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.event.AssaultPrecisionTest.assaults;
import static org.rasd.core.event.EventCoderTest.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ASSAULT references, round two: an attack judged by a court, the object of a reaction whose subject stands between,
 * an attack blamed on someone; and the reports that look like them. Sentences are made up for the test.
 */
class AssaultReferenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // court proceedings: the act judged is an earlier event
            "ثبتت محكمة الاستئناف امس حكما بالسجن عشر سنوات على رجلين خطفا سائحين في الجنوب.",
            "طالب الادعاء العام امس بالسجن المؤبد للرجل الذي فجر سيارة مفخخة قرب الفندق وقتل ثلاثة اشخاص.",
            // a reaction whose subject and time stand before its object
            "أدان الحزب الاشتراكي المعارض امس عملية خطف الصحافيين الاجانب.",
            // blame and involvement
            "تبحث الشرطة فيما اذا كان للجماعة دور في تفجيرات امس.",
            "نفى الحزب امس تورطه في اغتيال النائب الشهر الماضي.",
            // a claim of responsibility for an attack reported before
            "أعلنت الجماعة المسلحة امس مسؤوليتها عن تفجير مركز الشرطة.",
            "ظهر الرجل في شريط مصور تبنى فيه تنفيذ اغتيال الوزير.",
            // an act on "any" one is a threat or a policy
            "وكشف المتحدث عن نية المسلحين خطف أي موظف أجنبي في المدينة.",
            // an accident, not an attack
            "قتل شخصان امس جراء انفجار اسطوانة غاز في مطعم وسط المدينة.",
            // a habit or a pattern
            "وأكد الضابط أن القوات تعلن بشكل يومي تعرضها لقصف بصواريخ الكاتيوشا.",
            "وقال السكان إن الطائرات غالبا ما تقصف القرى وتقتل المدنيين.",
            "وتنفجر السيارات المفخخة في المدينة يوميا وتقتل عشرات المدنيين.",
            // wanted in connection with attacks: the charge
            "وكان الرجل مطلوبا فيما يتصل بتنفيذ هجمات على القوات الحكومية امس.",
            // threatened, warned of, feared
            "هدد التنظيم امس بشن هجمات على المصالح الغربية.",
            "هدد المسلحون امس بقتل الرهائن اذا لم تلب مطالبهم.",
            "وحذر الوزير امس من هجمات ارهابية على المنشآت النفطية.",
            "وأبدى السكان مخاوف من هجوم وشيك على المدينة امس.",
            "انتشر الجنود امس في الشوارع خشية هجمات انتحارية."})
    void notANewAssault(String sentence) throws Exception {
        assertThat(assaults(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a court as the target or place of an attack
            "انفجرت عبوة ناسفة امس امام مبنى المحكمة في وسط المدينة.",
            "هاجم مسلحون مقر المحكمة امس وقتلوا حارسين.",
            // a judge is a person, often the victim
            "اغتال مسلحون القاضي امس في مدينة الموصل.",
            // a reaction, then a report in a complement clause
            "ندد الوزير امس بالهجوم وقال ان مسلحين قتلوا خمسة جنود قرب الحدود.",
            // the attack reported, then claimed
            "قتل ثلاثة جنود امس في هجوم انتحاري على ثكنة، وأعلنت الجماعة مسؤوليتها عنه.",
            "قتل شخصان امس جراء انفجار عبوة ناسفة في مطعم وسط المدينة.",
            // a daily patrol is one patrol
            "هاجم مسلحون امس الدورية اليومية للجيش وقتلوا ثلاثة جنود.",
            "وقال الضابط إن القوات تعرضت امس لقصف بقذائف الهاون.",
            // a warning whose content is a report (a complement clause)
            "حذر الوزير امس من أن مسلحين قتلوا خمسة جنود قرب الحدود."})
    void reportsAreStillCoded(String sentence) throws Exception {
        assertThat(assaults(sentence)).as(sentence).isNotEmpty();
    }

    @Test
    void aThreatIsThreatenNotAssault() throws Exception {
        String s = "هدد المسلحون امس بقتل الرهائن اذا لم تلب مطالبهم.";
        assertThat(events(s)).as(s).anyMatch(e -> e.event().equals("THREATEN")).noneMatch(e -> e.event().equals("ASSAULT"));
    }

    @Test
    void aProtestAgainstAVerdictIsStillAProtest() throws Exception {
        String s = "تظاهر مئات المحامين امس امام المحكمة احتجاجا على الحكم بسجن زميلهم.";
        assertThat(events(s)).as(s).anyMatch(e -> e.event().equals("PROTEST"));
    }
}
