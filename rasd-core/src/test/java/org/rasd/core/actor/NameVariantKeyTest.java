package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasd.core.text.ArabicNormalizer;

class NameVariantKeyTest {
    private static String key(String w) { return NameVariantKey.of(ArabicNormalizer.normalizeString(w)); }

    @Test
    void transliterationVariantsShareAKey() {
        assertThat(key("الماساوي")).isEqualTo(key("المصاوي"));
        assertThat(key("طارق")).isEqualTo(key("تارك"));
        assertThat(key("ضياء")).isEqualTo(key("دياء"));
        assertThat(key("ظريف")).isEqualTo(key("زريف"));
    }

    @Test
    void editDistanceOneOnlyForLongKeys() {
        assertThat(NameVariantKey.similar("بلخير", "بلخيز")).isTrue();
        assertThat(NameVariantKey.similar("بلخير", "بلخيرا")).isTrue();
        assertThat(NameVariantKey.similar("سلم", "سلك")).isFalse();
        assertThat(NameVariantKey.similar("بلخير", "بوخيرا")).isFalse();
    }

    @Test
    void nisbasAreGeneratedByRule() {
        assertThat(NisbaGenerator.masculine("المغرب")).isEqualTo("مغربي");
        assertThat(NisbaGenerator.masculine("روسيا")).isEqualTo("روسي");
        assertThat(NisbaGenerator.masculine("فرنسا")).isEqualTo("فرنسي");
        assertThat(NisbaGenerator.masculine("السعوديه")).isEqualTo("سعودي");
        assertThat(NisbaGenerator.forms("مغربي")).contains("مغربيه", "مغربيون", "مغربيين");
    }
}
