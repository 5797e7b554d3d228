package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.actor.Docs.mentions;
import static org.rasd.core.actor.Docs.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Mention;

/** Generic state and armed actors: bodies, forces, groups in construct, coalitions, the article's country. */
class StateAgentsTest {
    @Test
    void stateBodiesComposeWithTheirCountry() {
        List<Mention> ms = mentions("قال مجلس الوزراء الأردني إن النيابة العامة المصرية أحالت المتهمين، وأعلن حرس الحدود العراقي إغلاق المعبر.");
        assertThat(only(ms, "مجلس الوزراء الأردني").code()).isEqualTo("JORGOV");
        assertThat(only(ms, "النيابة العامة المصرية").code()).isEqualTo("EGYJUD");
        assertThat(only(ms, "حرس الحدود العراقي").code()).isEqualTo("IRQCOP");
    }

    @Test
    void aStateAgentWithNoCountryTakesTheOnlyCountryTheArticleNames() {
        List<Mention> ms = mentions("أعلنت وزارة الداخلية القبض على خلية في مدينة جدة قادمة من الرياض. وأكدت النيابة العامة أن الشرطة أحالت المتهمين.");
        assertThat(only(ms, "وزارة الداخلية").code()).isEqualTo("SAUGOV");
        assertThat(only(ms, "النيابة العامة").code()).isEqualTo("SAUJUD");
        assertThat(only(ms, "الشرطة").code()).isEqualTo("SAUCOP");
        List<Mention> health = mentions("قررت وزارة الصحة تمديد الحملة في جدة وأكدت الشرطة في الرياض ذلك.");
        assertThat(only(health, "وزارة الصحة").code()).isEqualTo("SAUGOV"); // a body opened by وزارة takes it too
        assertThat(only(health, "الشرطة").code()).isEqualTo("SAUCOP");
    }

    @Test
    void aCountryNamedOnceIsNotYetTheArticlesCountry() {
        List<Mention> ms = mentions("أعلنت وزارة الداخلية القبض على خلية في مدينة جدة. وأكدت النيابة العامة أن الشرطة أحالت المتهمين.");
        assertThat(ms).noneMatch(m -> m.text().equals("النيابة العامة"));
        assertThat(only(ms, "الشرطة").country()).isNull();
    }

    @Test
    void aFamilyNameThatNamesAGroupStaysInThePersonsName() {
        List<Mention> ms = mentions("وقتل القيادي أبو كهلان الحوثي بينما هاجم مسلحو الحوثي مواقع المقاومة.");
        assertThat(ms).anyMatch(m -> m.type().equals("PERSON") && m.text().equals("أبو كهلان الحوثي"));
        assertThat(only(ms, "مسلحو الحوثي").code()).isEqualTo("YEMREB");
    }

    @Test
    void anArticleThatNamesSeveralCountriesGivesNoneOfThem() {
        List<Mention> ms = mentions("زار وفد من بغداد مدينة جدة. وأكدت النيابة العامة أن الشرطة أحالت المتهمين.");
        assertThat(ms).noneMatch(m -> m.text().equals("النيابة العامة")); // a compose agent with no country is no mention
        assertThat(only(ms, "الشرطة").country()).isNull();
    }

    @Test
    void commonWordsAreNotStateAgentsOfTheArticle() {
        // النظام (system), البحرية (maritime), الأمن (security) are no institutions written alone
        List<Mention> ms = mentions("دشنت الجامعة في الرياض النظام الإلكتروني الجديد قرب الواجهة البحرية لتعزيز الأمن.");
        assertThat(ms).noneMatch(m -> m.type().equals("AGENT") && m.country() != null && m.sector() != null
                && (m.text().equals("النظام") || m.text().equals("البحرية") || m.text().equals("الأمن")));
    }

    @Test
    void anAgentInConstructWithANamedGroupIsThatGroup() {
        List<Mention> ms = mentions("شنت طائرات التحالف العربي غارات على صنعاء، بينما قصفت ميليشيات الحوثي أحياء عدن وهاجم عناصر داعش نقطة أمنية.");
        Mention planes = only(ms, "طائرات التحالف العربي");
        assertThat(planes.entity()).isEqualTo("Arab_Coalition");
        assertThat(planes.code()).isEqualTo("IGOACL");
        assertThat(only(ms, "التحالف العربي").resolution()).isEqualTo("lexicon"); // the name inside is a mention too
        assertThat(only(ms, "ميليشيات الحوثي").code()).isEqualTo("YEMREB");
        assertThat(only(ms, "عناصر داعش").entity()).isEqualTo("ISIS");
    }

    @Test
    void aPlaceOrPersonInConstructIsNoGroup() {
        List<Mention> ms = mentions("وصلت طائرات الرياض إلى المطار وقال عناصر من الفريق إنهم تعبوا.");
        assertThat(ms).noneMatch(m -> m.text().startsWith("طائرات") || m.text().startsWith("عناصر"));
        assertThat(only(ms, "الرياض").type()).isNotEqualTo("AGENT");
    }

    @Test
    void aHeadWordAloneRecallsTheLastOrganisationNamedWithIt() {
        List<Mention> ms = mentions("شن التحالف العربي غارات على صعدة. وقال التحالف إن طيران التحالف دمر مخازن أسلحة.");
        assertThat(ms.stream().filter(m -> m.text().equals("التحالف"))).singleElement()
                .satisfies(m -> { assertThat(m.entity()).isEqualTo("Arab_Coalition"); assertThat(m.resolution()).isEqualTo("anaphora"); });
        assertThat(only(ms, "طيران التحالف").entity()).isEqualTo("Arab_Coalition");
        // with no coalition named before, the word alone is no mention
        assertThat(mentions("وقال التحالف إن الغارات مستمرة.")).noneMatch(m -> m.text().contains("التحالف"));
    }

    @Test
    void aCoalitionLedByACountryIsThatCountrysForces() {
        List<Mention> ms = mentions("بدأت قوات التحالف بقيادة السعودية ضربات جوية، وقصف التحالف الذي تقوده الولايات المتحدة مواقع في الرقة.");
        Mention saudi = only(ms, "قوات التحالف بقيادة السعودية");
        assertThat(saudi.code()).isEqualTo("SAUMIL");
        assertThat(only(ms, "التحالف الذي تقوده الولايات المتحدة").code()).isEqualTo("USAMIL");
        assertThat(only(ms, "السعودية").entity()).isEqualTo("SAU");
        // a coalition "under the leadership of" no country is no such mention
        assertThat(mentions("قال التحالف بقيادة جديدة إنه مستمر.")).noneMatch(m -> m.text().startsWith("التحالف"));
    }

    @Test
    void armedForcesAndGroups() {
        List<Mention> ms = mentions("قصفت قوات الجيش السوري الحر مواقع قوات النظام، وأغارت القوات الجوية الأردنية على مواقع الحوثيين.");
        assertThat(only(ms, "قوات الجيش السوري الحر").code()).isEqualTo("SYRREB");
        assertThat(only(ms, "القوات الجوية الأردنية").code()).isEqualTo("JORMIL");
        assertThat(only(ms, "الحوثيين").code()).isEqualTo("YEMREB");
    }

    @Test
    void unitsAreNoClub() {
        List<Mention> ms = mentions("بدأت وزارة الإسكان توزيع الوحدات السكنية، وفاز نادي الوحدات على الفيصلي.");
        assertThat(ms).noneMatch(m -> m.text().equals("الوحدات") && m.start() < 40);
        assertThat(ms).anyMatch(m -> m.text().contains("الوحدات") && "Wehdat".equals(m.entity()));
    }

    @Test
    void anAirlineIsNoAirForce() {
        List<Mention> ms = mentions("أعلنت شركة طيران روسية تشغيل رحلات جديدة.");
        assertThat(ms).noneMatch(m -> "RUSMIL".equals(m.code()));
    }
}
