package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.core.actor.Docs.mentions;
import static org.rasd.core.actor.Docs.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Mention;

class ActorRecognizerTest {
    @Test
    void cliticsAreStrippedOnlyWhenTheLexiconConfirmsThem() {
        List<Mention> ms = mentions("التقى وزير والولايات المتحدة بالمغرب ثم تحدث لجبهة البوليساريو وللولايات المتحدة.");
        assertThat(only(ms, "الولايات المتحدة").country()).isEqualTo("USA");
        assertThat(only(ms, "المغرب").entity()).isEqualTo("MAR");
        assertThat(only(ms, "جبهة البوليساريو").entity()).isEqualTo("Polisario_Front");
        assertThat(only(ms, "جبهة البوليساريو").code()).isEqualTo("ESHREB");
        // لل fuses ل and the article: the span starts at the stem
        assertThat(only(ms, "ولايات المتحدة").entity()).isEqualTo("USA");
        assertThat(ms).noneMatch(m -> m.text().startsWith("وال") || m.text().startsWith("بال") || m.text().startsWith("لج"));
    }

    @Test
    void spansAreOffsetsIntoTheOriginalText() {
        String text = "وصل الوفد إلى واشنطن. ثم زار بالمغرب.";
        var doc = Docs.doc(text, null);
        for (Mention m : Docs.ACTORS.recognize(doc)) assertThat(doc.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }

    @Test
    void agentsComposeWithAnAdjacentCountry() {
        List<Mention> ms = mentions("قال وزير الخارجية الجزائري إن الوفد المغربي التقى الجانب الأمريكي وإن المجلس العسكري الجزائري اجتمع.");
        assertThat(only(ms, "وزير الخارجية الجزائري").code()).isEqualTo("DZAGOV");
        assertThat(only(ms, "الوفد المغربي").code()).isEqualTo("MARGOV");
        assertThat(only(ms, "الجانب الأمريكي").code()).isEqualTo("USA");
        assertThat(only(ms, "المجلس العسكري الجزائري").code()).isEqualTo("DZAMIL");
        assertThat(only(ms, "المجلس العسكري الجزائري").type()).isEqualTo("AGENT");
    }

    @Test
    void aRepresentativeToTheUnIsADiplomatOfHisCountry() {
        var doc = Docs.doc("أكد ممثل المغرب لدى الأمم المتحدة عمر هيلاري في نيويورك أن إيران تقدم طائرات.", null);
        List<ActorMention> ms = Docs.ACTORS.recognizeDetailed(doc);
        ActorMention agent = ms.stream().filter(m -> m.mention().text().equals("ممثل المغرب لدى الأمم المتحدة")).findFirst().orElseThrow();
        assertThat(agent.mention().code()).isEqualTo("MARGOV");
        assertThat(agent.role()).isEqualTo("diplomat");
        ActorMention person = ms.stream().filter(m -> m.mention().text().equals("عمر هيلاري")).findFirst().orElseThrow();
        assertThat(person.mention().type()).isEqualTo("PERSON");
        assertThat(person.mention().code()).isEqualTo("MARGOV");
        assertThat(ms).extracting(m -> m.mention().entity()).contains("United_Nations", "IRN");
        assertThat(person.endToken() - person.firstToken()).isEqualTo(2);
    }

    @Test
    void genericAgentsStandAlone() {
        List<Mention> ms = mentions("هاجم مسلحون مركزا للشرطة بينما خرج متظاهرون وتدخلت الشرطة.");
        assertThat(only(ms, "مسلحون").sector()).isEqualTo("UAF");
        assertThat(only(ms, "متظاهرون").sector()).isEqualTo("CVL");
        assertThat(only(ms, "الشرطة").sector()).isEqualTo("COP");
    }

    @Test
    void appositionGivesAPersonTheRoleOfTheOrganisation() {
        List<Mention> ms = mentions("أعلن اللواء دكور دارمي فاروق بلخير ، المفتش العام للقوات المسلحة الملكية ، أنه سيشارك.");
        Mention p = only(ms, "فاروق بلخير");
        assertThat(p.type()).isEqualTo("PERSON");
        assertThat(p.code()).isEqualTo("MARMIL");
        assertThat(ms).noneMatch(m -> m.text().contains("دكور"));
    }

    @Test
    void nameVariantsWithinAnArticleAreOneEntity() {
        List<Mention> ms = mentions("قال الباحث في العلاقات الدولية الياس الماساوي إن الزيارة مهمة. وأضاف المصاوي أن نفس المحلل يرى ذلك.");
        Mention first = only(ms, "الياس الماساوي");
        Mention second = only(ms, "المصاوي");
        Mention ref = only(ms, "نفس المحلل");
        assertThat(second.entity()).isEqualTo(first.entity());
        assertThat(second.resolution()).isEqualTo("variant");
        assertThat(ref.entity()).isEqualTo(first.entity());
        assertThat(ref.resolution()).isEqualTo("anaphora");
    }

    @Test
    void theKingdomAndTheTwoCountriesResolveInTheArticle() {
        List<Mention> ms = mentions("زار وفد من المغرب واشنطن. وأكدت المملكة أن التعاون بين البلدين قوي. المغرب شريك.");
        assertThat(only(ms, "المملكة").entity()).isEqualTo("MAR");
        assertThat(ms.stream().filter(m -> m.text().equals("البلدين")).map(Mention::entity)).containsExactlyInAnyOrder("MAR", "USA");
    }

    @Test
    void theArticleDatePicksTheRole() {
        String text = "استقبل عبد المجيد تبون الوفد.";
        assertThat(only(mentions(text, "2018-05-01"), "عبد المجيد تبون").code()).isEqualTo("DZA"); // no office then
        assertThat(only(mentions(text, "2017-06-01"), "عبد المجيد تبون").sector()).isEqualTo("GOV");
        assertThat(only(mentions("التقى حسن نصر الله الوفد.", "2010-01-01"), "حسن نصر الله").code()).isEqualTo("LBNREB");
        assertThat(only(mentions("التقى رجب طيب أردوغان الوفد.", "2010-01-01"), "رجب طيب أردوغان").code()).isEqualTo("TURGOV");
    }

    @Test
    void ambiguousPlaceNamesNeedANameContext() {
        assertThat(mentions("قدمت الحكومة دعم مالي كبير.")).noneMatch(m -> "MLI".equals(m.country()));
        assertThat(mentions("قال إن مالي تواجه أزمة.")).anyMatch(m -> "MLI".equals(m.entity()));
    }

    @Test
    void alefMaqsuraKeepsTheWordOnFromTheNameAli() {
        assertThat(mentions("وعلى الرغم من ذلك وافق على الخطة.")).noneMatch(m -> m.type().equals("PERSON"));
        assertThat(mentions("وقال علي حسن إن الخطة جيدة.")).anyMatch(m -> m.type().equals("PERSON") && m.text().equals("علي حسن"));
    }

    @Test
    void demonymsAndCapitalsResolveToTheirCountry() {
        List<Mention> ms = mentions("أعلنت طهران أن القوات الروسية والمغاربة في الرباط.");
        assertThat(only(ms, "طهران").code()).isEqualTo("IRNGOV");
        assertThat(only(ms, "القوات الروسية").code()).isEqualTo("RUSMIL");
        assertThat(only(ms, "المغاربة").country()).isEqualTo("MAR");
        assertThat(only(ms, "الرباط").code()).isEqualTo("MARGOV");
    }

    @Test
    void mentionsAreSortedAndDeterministic() {
        String text = "التقى الوفد المغربي الجانب الأمريكي في واشنطن، وقال السفير الجزائري إن إيران وروسيا والصين حاضرة.";
        List<Mention> a = mentions(text), b = mentions(text);
        assertThat(a).isEqualTo(b);
        for (int i = 1; i < a.size(); i++) assertThat(a.get(i).start()).isGreaterThanOrEqualTo(a.get(i - 1).start());
    }

    @Test
    void organisationNamesRunOverCoordinationAndAgentWordsAndStopAtModifiers() {
        List<Mention> ms = mentions("قال المجلس الاقتصادي والاجتماعي السابق إن تنظيم القاعدة هاجم مقر الاتحاد الدولي للشرطة.");
        assertThat(only(ms, "المجلس الاقتصادي والاجتماعي").type()).isEqualTo("ORG");
        assertThat(ms).noneMatch(m -> m.text().contains("السابق"));
        // a head before a known organisation joins its span and keeps its identity
        assertThat(only(ms, "تنظيم القاعدة").entity()).isEqualTo("Al_Qaeda");
        assertThat(only(ms, "الاتحاد الدولي للشرطة").type()).isEqualTo("ORG");
    }
}
