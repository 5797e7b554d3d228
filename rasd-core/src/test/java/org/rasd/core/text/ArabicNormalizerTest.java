package org.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void unifiesLettersAndDropsMarks() {
        assertThat(ArabicNormalizer.normalizeString("أَمْرِيكَا")).isEqualTo("امريكا");
        assertThat(ArabicNormalizer.normalizeString("إيران")).isEqualTo("ايران");
        assertThat(ArabicNormalizer.normalizeString("آسيا")).isEqualTo("اسيا");
        assertThat(ArabicNormalizer.normalizeString("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicNormalizer.normalizeString("المملكة")).isEqualTo("المملكه");
        assertThat(ArabicNormalizer.normalizeString("الـــمغرب")).isEqualTo("المغرب");
        assertThat(ArabicNormalizer.normalizeString("کردستان")).isEqualTo("كردستان");
        assertThat(ArabicNormalizer.normalizeString("فارسی")).isEqualTo("فارسي");
        assertThat(ArabicNormalizer.normalizeString("٢٠٢٠-٢٠٣٠")).isEqualTo("2020-2030");
        assertThat(ArabicNormalizer.normalizeString("۱۴۰۲")).isEqualTo("1402");
        assertThat(ArabicNormalizer.normalizeString("\u200Fالرباط\u200E\u202B")).isEqualTo("الرباط");
        assertThat(ArabicNormalizer.normalizeString("NATO")).isEqualTo("nato");
    }

    @Test
    void presentationFormsAreUnfolded() {
        // ﻻ (lam-alef ligature) and isolated/final forms
        assertThat(ArabicNormalizer.normalizeString("\uFEFBجئ")).isEqualTo("لاجئ");
        assertThat(ArabicNormalizer.normalizeString("\uFE8D\uFEDF")).isEqualTo("ال");
    }

    @Test
    void offsetMapLeadsBackToTheOriginal() {
        String original = "وَالوِلايَاتُ المُتَّحِدَة";
        NormalizedText nt = ArabicNormalizer.normalize(original);
        assertThat(nt.text()).isEqualTo("والولايات المتحده");
        int space = nt.text().indexOf(' ');
        int a = nt.toOriginal(0), b = nt.toOriginalEnd(space);
        assertThat(original.substring(a, b)).isEqualTo("وَالوِلايَاتُ".substring(0, "وَالوِلايَاتُ".length() - 1));
        int c = nt.toOriginal(space + 1), d = nt.toOriginalEnd(nt.length());
        assertThat(original.substring(c, d)).isEqualTo("المُتَّحِدَة");
    }
}
