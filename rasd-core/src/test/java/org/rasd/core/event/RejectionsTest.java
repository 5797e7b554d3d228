package org.rasd.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.TextAnalyzer;

/**
 * The rejection rules ({@link Rejections}) are the list docs/architecture.md gives, in its order; each has a Javadoc;
 * each rejects a trigger in a sentence written for it and lets the same or a like trigger through in a neutral one.
 */
class RejectionsTest {
    static final TextAnalyzer text = EventStageParts.TEXT;
    static final ActorRecognizer actors = EventStageParts.ACTORS;
    static final PhraseSets classes = EventStageParts.CLASSES;
    static final TriggerMatcher matcher = EventStageParts.MATCHER;
    static final ClauseSplitter splitter = EventStageParts.SPLITTER;
    static final FrameFiller filler = EventStageParts.FILLER;
    static final Rejections rejections = EventStageParts.REJECTIONS;
    static final CameoTable cameo = EventStageParts.CAMEO;

    static List<Rejection> all() {
        List<Rejection> all = new ArrayList<>(rejections.ofMatch());
        all.addAll(rejections.ofParties());
        return all;
    }

    @Test
    void theDocsListTheRulesInTheirOrder() throws IOException {
        // docs/architecture.md, section "Rejection rules": one table row per rule, `| N | Name | ... |`, match rules then party rules
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        int from = doc.indexOf("### Rejection rules");
        assertThat(from).as("docs/architecture.md has a section 'Rejection rules'").isGreaterThanOrEqualTo(0);
        int to = doc.indexOf("\n#", from + 4);
        Matcher row = Pattern.compile("(?m)^\\| *(\\d+) *\\| *`?(\\w+)`? *\\|").matcher(doc.substring(from, to < 0 ? doc.length() : to));
        List<String> documented = new ArrayList<>();
        while (row.find()) documented.add(row.group(2));
        assertThat(documented).containsExactlyElementsOf(all().stream().map(Rejection::name).toList());
    }

    @Test
    void everyRuleHasAJavadoc() throws IOException {
        for (Rejection r : all()) {
            String src = Files.readString(Path.of("src", "main", "java", "org", "rasd", "core", "event", r.name() + ".java"));
            assertThat(src).as(r.name() + " has a Javadoc before its declaration")
                    .containsPattern("/\\*\\*(?s:.)*?\\*/\\s*(record|final class|class) " + r.name() + "\\b");
        }
    }

    /** Rule, sentence it rejects, the trigger's word there; neutral sentence it lets through, the trigger's word there. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Homograph", "وقال الوزير هنا إن الوضع مستقر.", "هنا", "هنأ الملك الرئيس الفرنسي بفوزه.", "هنأ"),
                Arguments.of("Figurative", "انفجر الجمهور بالضحك في المسرح.", "انفجر", "انفجرت قنبلة في السوق وقتل ثلاثة أشخاص.", "انفجرت"),
                Arguments.of("NeedsWord", "حضر الوزير توقيع الكتاب في المعرض.", "توقيع", "شهد الوزير توقيع اتفاقية مع فرنسا.", "توقيع"),
                Arguments.of("ReferenceToOccurrence", "أحيا السكان ذكرى الهجوم على القرية.", "الهجوم", "وقع الهجوم على القرية أمس.", "الهجوم"),
                Arguments.of("TimeExpression", "وصل الوزير فجر أمس إلى بغداد.", "فجر", "فجر انتحاري نفسه في السوق أمس.", "فجر"),
                Arguments.of("Habitual", "تنفجر السيارات المفخخة يوميا في بغداد.", "تنفجر", "تنفجر السيارات المفخخة في بغداد.", "تنفجر"),
                Arguments.of("GenericObject", "خطف أي أجنبي جريمة كبرى.", "خطف", "خطف المسلحون أجنبيا أمس.", "خطف"),
                Arguments.of("Disaster", "قتل ثلاثة أشخاص في حريق في المصنع.", "قتل", "قتل ثلاثة أشخاص في هجوم على المصنع.", "قتل"),
                Arguments.of("DefusedDevice", "فككت الشرطة قنبلة في السوق أمس.", "قنبلة", "انفجرت قنبلة في السوق أمس.", "قنبلة"),
                Arguments.of("ChargeFearOrClaim", "أدين الرجل بتهمة تنفيذ تفجير في السوق.", "تفجير", "وقع تفجير في السوق أمس.", "تفجير"),
                Arguments.of("CourtProceedings", "ثبتت محكمة الاستئناف حكما على من خطفوا سياحا.", "خطفوا", "خطفوا سياحا في الصحراء أمس.", "خطفوا"),
                Arguments.of("VerbalNounAsVerb", "نددت المنظمة بأعمال اغتصاب ونهب وقتل في القرية.", "وقتل", "سقط المبنى وقتل ثلاثة أشخاص.", "وقتل"),
                Arguments.of("PartOfName", "قالت منظمة العفو الدولية إن السجناء بخير.", "العفو", "أعلن الملك العفو عن السجناء.", "العفو"),
                Arguments.of("TopicOfAction", "بحث الوزراء سبل الالتفاف على العقوبات الأمريكية.", "العقوبات", "فرضت الولايات المتحدة العقوبات على إيران.", "العقوبات"),
                Arguments.of("EarlierDeal", "زار الوزير الألماني طهران بعد توقيع الاتفاق النووي مع القوى الكبرى.", "توقيع", "شهد الوزير توقيع اتفاقية مع فرنسا.", "توقيع"),
                Arguments.of("ExistingAgreement", "ناقش الوزيران الاتفاق المبرم بين البلدين.", "الاتفاق", "وقع الوزيران الاتفاق في الرياض.", "الاتفاق"),
                Arguments.of("ReactionObject", "أدان الرئيس الهجوم على السفارة.", "الهجوم", "وقع الهجوم على السفارة أمس.", "الهجوم"),
                Arguments.of("Purpose", "أرسلت الجماعة مسلحين لتفجير السفارة.", "لتفجير", "تعرضت القرية لهجوم أمس.", "لهجوم"),
                Arguments.of("UnanchoredNoun", "تحدث الوزير في خطابه عن الهجوم على القرية.", "الهجوم", "أسفر الهجوم عن مقتل ثلاثة من السكان.", "الهجوم"),
                Arguments.of("NotAProtest", "فرقت الشرطة مظاهرة في المدينة.", "مظاهرة", "خرجت مظاهرة حاشدة في المدينة أمس.", "مظاهرة"),
                Arguments.of("StateOfAffairs", "ناقش الوزراء الهجوم المحتمل على المدينة.", "الهجوم", "وقع الهجوم على المدينة أمس.", "الهجوم"),
                Arguments.of("VerbalNouns", "نوه الوزير إلى دعم المملكة للمشروع.", "دعم", "دعم الوزير المشروع بقوة.", "دعم"),
                Arguments.of("Anaphors", "ناقش الوزراء هذا الاتفاق في الاجتماع.", "الاتفاق", "وقع الوزيران الاتفاق في الرياض.", "الاتفاق"),
                Arguments.of("DeclinedComment", "رفض المتحدث باسم الوزارة التعليق على التقرير.", "رفض", "رفض الوزير المقترح الأمريكي.", "رفض"),
                Arguments.of("HelpsToWithoutParty", "تساعد الطائرات على تأمين الحدود.", "تساعد", "ساعدت الولايات المتحدة العراق على تأمين الحدود.", "ساعدت"),
                Arguments.of("PrivateVisit", "زار الوزير المعرض في الرياض.", "زار", "زار الرئيس الفرنسي الرياض.", "زار"),
                Arguments.of("NonPoliticalBody", "التقى رئيس النادي بأعضاء مجلس الإدارة.", "التقى", "التقى الرئيس الفرنسي نظيره المصري.", "التقى"),
                Arguments.of("SupportOfAThing", "أشاد الوزير بجهود الفريق في البطولة.", "أشاد", "أشاد الوزير بموقف مصر.", "أشاد"));
    }

    @Test
    void everyRuleHasACase() {
        assertThat(cases().map(a -> (String) a.get()[0]).toList()).containsExactlyInAnyOrderElementsOf(all().stream().map(Rejection::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleRejectsItsSentenceAndLetsANeutralOneThrough(String name, String rejected, String word, String neutral, String neutralWord) {
        Rejection rule = all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        List<String> reasons = reasons(rule, rejected, word);
        assertThat(reasons).as(name + " on '" + word + "' in: " + rejected).isNotEmpty().anyMatch(r -> r != null && !r.isBlank());
        List<String> through = reasons(rule, neutral, neutralWord);
        assertThat(through).as(name + " on '" + neutralWord + "' in: " + neutral).isNotEmpty().containsOnlyNulls();
    }

    /** The rule's reason for every candidate trigger match at the first token written {@code word} (null where it lets it through). */
    static List<String> reasons(Rejection rule, String sentence, String word) {
        AnalyzedDocument doc = text.analyze(new RawRecord("test", null, "عنوان", sentence, null, null, "2015-07-21", null));
        List<Mention> ms = actors.recognize(doc);
        List<String> out = new ArrayList<>();
        for (var as : doc.sentences()) {
            SentenceView s = new SentenceView(as, ms.stream().filter(m -> m.sentence() == as.index()).toList(), classes);
            List<Clause> clauses = splitter.split(s);
            List<TriggerMatch> candidates = new ArrayList<>();
            matcher.match(s, null, m -> { candidates.add(m); return false; }); // every candidate, none kept
            for (TriggerMatch t : candidates) {
                if (!s.token(t.first()).surface().equals(word)) continue;
                boolean parties = rejections.ofParties().contains(rule);
                RuleContext c = new RuleContext(s, clauses, t, cameo, parties ? filler.fill(s, clauses, t) : null);
                out.add(rule.reason(c));
            }
        }
        return out;
    }

    @Test
    void theExplanationNamesTheRuleThatRejectedACandidate() throws Exception {
        RawRecord r = new RawRecord("test", null, "عنوان", "قتل ثلاثة أشخاص في حريق في المصنع.", null, null, "2015-07-21", null);
        String all = "";
        for (int i = 0; i < 2; i++) all += EventCoderTest.ex.explain(r, i);
        assertThat(all).contains("tried, rejected: Disaster: deaths in a disaster");
        String kept = EventCoderTest.ex.explain(new RawRecord("test", null, "عنوان", "قتل ثلاثة أشخاص في هجوم على المصنع.", null, null, "2015-07-21", null), 1);
        assertThat(kept).doesNotContain("rejected: Disaster");
    }
}
