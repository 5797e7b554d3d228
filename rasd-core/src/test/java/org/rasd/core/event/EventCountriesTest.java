package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;

/** Actor and recipient countries of events: who attacked whom, and of which country, on sentences written for these tests. */
class EventCountriesTest {
    static List<Event> assaults(String sentence) throws Exception {
        return EventCoderTest.events(sentence).stream().filter(e -> e.event().equals("ASSAULT")).toList();
    }

    /** The ASSAULT event whose trigger is {@code trigger}. */
    static Event at(String sentence, String trigger) throws Exception {
        List<Event> es = assaults(sentence);
        return es.stream().filter(e -> e.trigger().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no ASSAULT on '" + trigger + "' in: " + sentence + " (all: " + es + ")"));
    }

    static List<String> countries(List<EventActor> as) { return as.stream().map(a -> a.country() + "/" + a.sector()).toList(); }

    @Test
    void victimsNationalityByNisbaInAnyCaseAndNumber() throws Exception {
        assertThat(countries(at("قتل مسلحون امس خمسة عشر جنديا باكستانيا في وزيرستان.", "قتل").recipient())).containsExactly("PAK/null");
        assertThat(countries(at("انفجرت عبوة ناسفة امس على دورية بريطانية قرب البصرة.", "انفجرت").recipient())).containsExactly("GBR/null");
    }

    @Test
    void unknownAttackersHaveNoCountry() throws Exception {
        Event e = at("فجر مجهولون عبوة ناسفة امس لدى مرور دورية للشرطة في كركوك.", "فجر");
        assertThat(countries(e.actor())).containsExactly("null/UAF");
        // the police of the place where it happened
        assertThat(countries(e.recipient())).containsExactly("IRQ/COP");
        assertThat(e.location().country()).isEqualTo("IRQ");
    }

    @Test
    void victimsWithoutNationalityAreThePeopleOfThePlace() throws Exception {
        Event e = at("قتل سبعة أشخاص امس في انفجار سيارة مفخخة في مدينة الموصل.", "قتل");
        assertThat(e.actor()).isEmpty();
        assertThat(countries(e.recipient())).containsExactly("IRQ/CVL");
        assertThat(e.rule()).contains("people of the place");
    }

    @Test
    void aPlaceAfterADirectionWordIsWhereNotWho() throws Exception {
        Event e = at("انفجرت قنبلة امس شمال اسبانيا مما اسفر عن اصابة ثلاثة اشخاص.", "انفجرت");
        assertThat(e.actor()).isEmpty();
        assertThat(e.location().country()).isEqualTo("ESP");
        assertThat(countries(e.recipient())).containsExactly("ESP/CVL");
    }

    @Test
    void theAgentOfACasualtyAfterBirasasIsTheActor() throws Exception {
        Event e = at("قتل ثلاثة مدنيين امس برصاص القوات الأمريكية في بغداد.", "قتل");
        assertThat(countries(e.actor())).containsExactly("USA/MIL");
        assertThat(countries(e.recipient())).containsExactly("IRQ/CVL");
    }

    @Test
    void theAgentAfterMinQibalWithACountedParty() throws Exception {
        Event e = at("تم اغتيال ضابط امس من قبل عدة مسلحين سوريين.", "اغتيال");
        assertThat(countries(e.actor())).containsExactly("SYR/UAF");
    }

    @Test
    void theSpeakersOwnSoldiersAreItsPeople() throws Exception {
        Event e = at("أعلن الجيش البريطاني امس مقتل اثنين من جنوده في انفجار عبوة ناسفة.", "مقتل");
        assertThat(e.actor()).isEmpty();
        assertThat(countries(e.recipient())).containsExactly("GBR/MIL");
    }

    @Test
    void aPossessivePronounOnTheEventNounNamesItsActor() throws Exception {
        Event e = at("صعدت إسرائيل هجماتها امس على غزة.", "هجماتها");
        assertThat(countries(e.actor())).containsExactly("ISR/null");
        assertThat(countries(e.recipient())).containsExactly("PSE/null");
    }

    @Test
    void qamaBiGivesTheNounItsActor() throws Exception {
        Event e = at("قامت طائرات إسرائيلية امس بقصف منزل في رفح.", "بقصف");
        assertThat(countries(e.actor())).containsExactly("ISR/null");
        assertThat(e.rule()).contains("قام بـ");
    }

    @Test
    void aCoordinatedVerbSharesItsClausesSubjectThroughAPartitive() throws Exception {
        Event e = at("قامت قوة من الشرطة المصرية امس بمداهمة قرية في الصعيد بعد منتصف الليل واعتدت على السكان.", "واعتدت");
        assertThat(countries(e.actor())).containsExactly("EGY/COP");
    }

    @Test
    void theSubjectOfACasualtyVerbBeforeAnAttackNounIsTheVictim() throws Exception {
        Event e = at("جرح وزير الداخلية العراقي امس في تفجير استهدف موكبه.", "تفجير");
        assertThat(e.actor()).isEmpty();
        assertThat(countries(e.recipient())).containsExactly("IRQ/GOV");
    }

    @Test
    void theSpeakersOwnForcesBeforeTheVerbAreTheActor() throws Exception {
        Event e = at("قال الجيش التركي امس ان طائراته قصفت مجموعة من المتمردين في شمال العراق.", "قصفت");
        assertThat(countries(e.actor())).containsExactly("TUR/MIL");
        assertThat(countries(e.recipient())).doesNotContain("TUR/MIL");
    }

    @Test
    void aCausedCasualtyHasTheAttacksActor() throws Exception {
        Event e = at("قصفت دبابة إسرائيلية امس منزلا في جباليا مما أدى إلى مقتل ثلاثة مواطنين.", "مقتل");
        assertThat(countries(e.actor())).containsExactly("ISR/null");
        assertThat(countries(e.recipient())).containsExactly("PSE/CVL");
    }

    @Test
    void aPersonAfterAFeminineVerbIsItsObject() throws Exception {
        Event e = at("اقتحمت القوات الإسرائيلية امس بلدة قباطية فقتلت الشاب سامي حمدان بالرصاص.", "فقتلت");
        assertThat(countries(e.actor())).containsExactly("ISR/MIL");
    }

    @Test
    void protestersChantNamesTheirTarget() throws Exception {
        Event e = EventCoderTest.only("تظاهر آلاف الأفغان امس في جلال آباد وهم يرددون هتافات الموت لأمريكا.", "PROTEST");
        assertThat(countries(e.actor())).containsExactly("AFG/null"); // a broken plural of the nisba
        assertThat(countries(e.recipient())).containsExactly("USA/null");
        assertThat(e.location().country()).isEqualTo("AFG");
    }

    @Test
    void protestersDemandNamesTheirTarget() throws Exception {
        Event e = EventCoderTest.only("تجمع مئات المتظاهرين امس امام مقر البرلمان مطالبين الحكومة المصرية بالاستقالة.", "PROTEST");
        assertThat(countries(e.recipient())).containsExactly("EGY/GOV");
    }
}
