package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.Extractor;
import org.rasd.core.Shared;
import org.rasd.core.model.Document;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.RawRecord;

/** The founding article: headline once, the section label, the duplicate line, the junk tail, the cut-off sentence. */
class SeedCleaningTest {
    static final Extractor EXTRACTOR = Extractor.load();

    private static Document seed() throws Exception {
        String text = Shared.read("corpus/seed-000.txt");
        return EXTRACTOR.extract(RawRecord.ofText("seed-000.txt", text));
    }

    private static QualityFlag flag(Document d, String kind) {
        List<QualityFlag> fs = d.quality().flags().stream().filter(f -> f.kind().equals(kind)).toList();
        assertThat(fs).as(kind).hasSize(1);
        return fs.get(0);
    }

    @Test
    void titleAndSection() throws Exception {
        Document d = seed();
        assertThat(d.section()).isEqualTo("أخبار المغرب عاجل");
        assertThat(d.title()).isEqualTo("المغرب وأمريكا يرفعان وتيرة التنسيق العسكري لمواجهة التحديات المشتركة");
        assertThat(d.language()).isEqualTo("ar");
        QualityFlag label = d.quality().flags().stream().filter(f -> f.kind().equals("boilerplate")).findFirst().orElseThrow();
        assertThat(label.start()).isZero();
        assertThat(label.text()).isEqualTo("أخبار المغرب عاجل");
    }

    @Test
    void duplicateHeadlineIsFlaggedAndExtractedOnce() throws Exception {
        Document d = seed();
        QualityFlag dup = flag(d, "duplicate_line");
        int secondLine = d.text().indexOf('\n') + 1;
        assertThat(dup.start()).isEqualTo(secondLine);
        assertThat(d.sentences().stream().filter(s -> s.text().contains("يرفعان وتيرة التنسيق"))).hasSize(1);
    }

    @Test
    void junkTailAndTruncatedSentence() throws Exception {
        Document d = seed();
        QualityFlag junk = flag(d, "junk");
        assertThat(junk.text()).isEqualTo("حقل الأرز.");
        assertThat(junk.start()).isEqualTo(d.text().lastIndexOf("حقل الأرز."));
        QualityFlag cut = flag(d, "truncated");
        assertThat(cut.text()).isEqualTo("أحاول الحصول على");
        assertThat(cut.start()).isEqualTo(d.text().indexOf("أحاول الحصول على"));
        assertThat(d.sentences().get(d.sentences().size() - 1).flags()).contains("junk");
    }

    @Test
    void aboutTwentySentencesEachPointingIntoTheText() throws Exception {
        Document d = seed();
        assertThat(d.sentences()).hasSizeBetween(18, 32);
        d.sentences().forEach(s -> assertThat(d.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        d.quality().flags().forEach(f -> assertThat(d.text().substring(f.start(), f.end())).isEqualTo(f.text()));
        assertThat(d.id()).hasSize(32).isEqualTo(seed().id());
    }

    @Test
    void labelsAreNotTakenFromOrdinaryHeadlines() throws Exception {
        Document d = EXTRACTOR.extract(RawRecord.ofText("t", "المغرب وموريتانيا يوقعان اتفاقية للتعاون الأمني\nوقع البلدان اتفاقية."));
        assertThat(d.section()).isNull();
        assertThat(d.title()).startsWith("المغرب");
        assertThat(d.quality().flags()).isEmpty();
    }

    @Test
    void nonArabicDocumentsPassThroughWithTheirLanguage() throws Exception {
        Document d = EXTRACTOR.extract(RawRecord.ofText("en", "The minister of the interior said on Monday that the talks and the visit will go on."));
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.mentions()).isEmpty();
        assertThat(d.events()).isEmpty();
        Document fr = EXTRACTOR.extract(RawRecord.ofText("fr", "Le ministre des affaires étrangères et le président de la République est arrivé."));
        assertThat(fr.language()).isEqualTo("fr");
    }

    @Test
    void boilerplateLinesAreFlagged() throws Exception {
        Document d = EXTRACTOR.extract(RawRecord.ofText("t", "عنوان الخبر عن زيارة الوزير\nوصل الوزير إلى القاهرة أمس في زيارة رسمية.\nاقرأ أيضا: أسعار النفط ترتفع\nوالتقى الوزير نظيره المصري."));
        assertThat(d.quality().flags()).extracting(QualityFlag::kind).containsExactly("boilerplate");
        assertThat(d.sentences()).noneMatch(s -> s.text().contains("أسعار النفط"));
    }
}
