package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String s) {
        return SentenceSplitter.split(s, 0, s.length()).stream().map(p -> s.substring(p[0], p[1])).toList();
    }

    @Test
    void endsAtArabicAndLatinMarksAndLineBreaks() {
        assertThat(split("قال الوزير إن الوفد وصل. وبدأت المحادثات؟ نعم! ثم انتهت؛ وغادر\nسطر جديد"))
                .containsExactly("قال الوزير إن الوفد وصل.", "وبدأت المحادثات؟", "نعم!", "ثم انتهت؛", "وغادر", "سطر جديد");
    }

    @Test
    void theArabicCommaDoesNotEndASentence() {
        assertThat(split("أعلن الجيش ، في بيان ، أنه سيشارك.")).hasSize(1);
    }

    @Test
    void numbersAndEllipsesStayInside() {
        assertThat(split("منذ توقيع خطة 2020-2030 بلغت النسبة 3.5 بالمئة. ثم")).containsExactly("منذ توقيع خطة 2020-2030 بلغت النسبة 3.5 بالمئة.", "ثم");
        assertThat(split("هذا الخطر ... غير معروف حتى الآن.")).containsExactly("هذا الخطر ... غير معروف حتى الآن.");
        assertThat(split("وقال … ثم صمت.")).hasSize(1);
    }

    @Test
    void spacesBeforePunctuationAndRunsOfMarks() {
        assertThat(split("منذ توقيع الخطة . . وبعدها")).containsExactly("منذ توقيع الخطة . .", "وبعدها");
        assertThat(split("حقا ؟! نعم")).containsExactly("حقا ؟!", "نعم");
    }

    @Test
    void closingQuotesBelongToTheSentence() {
        assertThat(split("وقال «لن نتراجع.» وأضاف \"سنواصل.\" ثم غادر"))
                .containsExactly("وقال «لن نتراجع.»", "وأضاف \"سنواصل.\"", "ثم غادر");
    }

    @Test
    void leadingDashesAndEmptyPiecesAreDropped() {
        assertThat(split("وصل أمس. - المجلس الاستشاري. . ...")).containsExactly("وصل أمس.", "المجلس الاستشاري. . ...");
    }
}
