package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.RawRecord;

/** Where and when: event dates against an article date (a Tuesday, 2015-07-21) and event locations. */
class WhereWhenTest {
    static final String ARTICLE = "2015-07-21"; // a Tuesday

    static List<Event> events(String sentence) throws Exception {
        Document d = EventCoderTest.ex.extract(new RawRecord("ww", null, "عنوان", sentence, null, null, ARTICLE, null));
        return d.events();
    }

    static Event only(String sentence, String category) throws Exception {
        List<Event> all = events(sentence);
        List<Event> es = all.stream().filter(e -> e.event().equals(category)).toList();
        assertThat(es).as("%s events in: %s (all: %s)", category, sentence, all).isNotEmpty();
        return es.get(0);
    }

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiter = '|', value = {
            // relative days and weekdays
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص امس.|2015-07-20",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص اليوم (الاثنين) في القاهرة.|2015-07-20",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص يوم الخميس.|2015-07-16",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص الثلاثاء الماضي.|2015-07-14",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص يوم الثلاثاء.|2015-07-21",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص البارحة.|2015-07-20",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص أول من أمس.|2015-07-19",
            "COERCE|ستعتقل الشرطة المصرية عشرة أشخاص بعد غد (الخميس).|2015-07-23",
            "COERCE|ستعتقل الشرطة المصرية عشرة أشخاص الأحد المقبل.|2015-07-26",
            // months and years
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص الشهر الماضي.|2015-06",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في مطلع الشهر.|2015-07",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص العام الماضي.|2014",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في نهاية 1990.|1990",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في عام 2007.|2007",
            // explicit Gregorian dates
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في 28 يونيو.|2015-06-28",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في الاثنين 16 فبراير 2015.|2015-02-16",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص يوم الأربعاء 25 مارس.|2015-03-25",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في 12 تموز (يوليو) 2014.|2014-07-12",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في يناير الماضي.|2015-01",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في يوليو الماضي.|2014-07",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في أغسطس (آب) 1990.|1990-08",
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في 20 ديسمبر.|2014-12-20",
            // Hijri
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في 5 شوال 1436هـ.|2015-07-21",
            // a span's start is not the event's date
            "PROTEST|يتظاهر آلاف المغاربة في الرباط منذ مارس الماضي.|2015-07-21",
            "COERCE|تعتقل الشرطة المصرية المعارضين منذ عام 2013.|2015-07-21",
            // nothing said: the article's date
            "COERCE|اعتقلت الشرطة المصرية عشرة أشخاص في القاهرة.|2015-07-21"})
    void datesAgainstTheArticleDate(String category, String sentence, String date) throws Exception {
        assertThat(only(sentence, category).date()).as(sentence).isEqualTo(date);
    }

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiter = '|', value = {
            // the place after في or بـ in the event's clause
            "ASSAULT|هاجمت القوات الإسرائيلية مواقع في غزة امس.|غزة",
            "PROTEST|تظاهر آلاف المغاربة امس في الرباط ضد الحكومة.|الرباط",
            // a place under another preposition in the clause beats a bare one (a party's home)
            "CONSULT|التقى رئيس جمهورية الشيشان بعد وصوله إلى جدة وزير الداخلية السعودي.|جدة",
            // a place under a preposition in the clause before beats a bare one in a title
            "CONSULT|وصل الرئيس الشيشاني إلى جدة، وكان في استقباله أمير منطقة مكة المكرمة.|جدة",
            // a visit's destination, though its recipient
            "CONSULT|وصل وزير الخارجية المصري إلى واشنطن امس.|واشنطن",
            // a city before a country
            "CONSULT|التقى وزير الدفاع الأمريكي في العراق رئيس الوزراء العراقي في مدينة بغداد.|بغداد"})
    void locationIsWhereTheEventHappened(String category, String sentence, String place) throws Exception {
        Event e = only(sentence, category);
        assertThat(e.location()).as(sentence).isNotNull();
        assertThat(e.location().text()).as(sentence).isEqualTo(place);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a party is not where the event happened
            "ACCUSE|اتهمت أنقرة دمشق بدعم المسلحين.",
            // a nisba adjective names a party's country, not a place
            "ACCUSE|اتهمت مصر الأطراف الليبية بعرقلة الحوار.",
            // a place after مع is a party
            "AGREE|اتفقت الولايات المتحدة مع طهران على رفع العقوبات.",
            // a place after a topic word (class topic-preposition: حول، بشأن، تجاه، إزاء) is a topic
            "SUPPORT|أشاد الرئيس الأميركي بموقف فرنسا إزاء دمشق أمس.",
            "SUPPORT|أشاد الرئيس الأميركي بموقف فرنسا تجاه دمشق أمس."})
    void partiesAreNoLocation(String category, String sentence) throws Exception {
        assertThat(only(sentence, category).location()).as(sentence).isNull();
    }

    @Test
    void aTopicInALaterClauseIsNoLocation() throws Exception {
        Event e = only("رفضت الحكومة المصرية المقترح الذي قدمته الأمم المتحدة بشأن الأوضاع في اليمن.", "REJECT");
        assertThat(e.location()).isNull();
    }
}
