package org.rasd.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Document;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Quality;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Sentence;

class ArticleViewTest {
    static Document doc(String text, List<Mention> ms, List<QualityFlag> flags, List<Sentence> sents) {
        return new Document(Document.SCHEMA_VERSION, "d", null, "t", "title", null, null, null, null, null, "ar", text,
                new Quality(flags), sents, ms, List.of());
    }

    static Mention m(int s, int e, String text, String code) {
        return new Mention(s, e, text, 0, code, "COUNTRY", "Name", code, null, null, "lexicon", "r");
    }

    @Test
    void offsetsAreCodePointsEvenAfterSupplementaryCharacters() {
        String text = "😀 زار المغرب";
        int cp = text.codePointCount(0, text.indexOf("المغرب"));
        Document d = doc(text, List.of(m(cp, cp + 6, "المغرب", "MAR")), List.of(), List.of(new Sentence(0, 0, text.codePointCount(0, text.length()), text, List.of())));
        String html = ArticleView.render(d);
        assertThat(html).contains(">المغرب</a>").contains("href=\"/actors/MAR\"").contains("😀 زار ");
    }

    @Test
    void overlappingSpansKeepTheFirstAndNothingIsLost() {
        String text = "جبهة البوليساريو";
        Document d = doc(text, List.of(m(0, 16, text, "POL"), m(5, 16, "البوليساريو", "X")), List.of(), List.of());
        String html = ArticleView.render(d);
        assertThat(html).contains(">جبهة البوليساريو</a>").doesNotContain("data-code=\"X\"");
    }

    @Test
    void droppedLinesAreShadedWithTheirKind() {
        String text = "سطر مكرر\nنص المقال.";
        Document d = doc(text, List.of(), List.of(new QualityFlag("duplicate_line", 0, 8, "سطر مكرر")),
                List.of(new Sentence(0, 9, text.length(), "نص المقال.", List.of())));
        String html = ArticleView.render(d);
        assertThat(html).contains("<span class=\"flagged\" title=\"quality: duplicate_line\">سطر مكرر</span>");
    }

    @Test
    void escapingAndUrls() {
        assertThat(Html.esc("<a href='x'>\"&")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;");
        assertThat(Html.safeExternalUrl("javascript:alert(1)")).isNull();
        assertThat(Html.safeExternalUrl(" https://example.org/a?b=1 ")).isEqualTo("https://example.org/a?b=1");
        assertThat(Html.jsonBlock("{\"t\":\"</script><b>&\"}")).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(Html.url("MAR GOV/")).isEqualTo("MAR%20GOV%2F");
    }
}
