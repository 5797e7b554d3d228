package org.rasd.server.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFilterTest {
    @Test
    void parsesAndRoundTripsQueryParameters() {
        EventFilter f = EventFilter.fromParams(Map.of("actor", List.of(" mar "), "category", List.of("threaten, ASSAULT"),
                "modality", List.of("Claimed"), "from", List.of("2026-01-01"), "either", List.of("true")));
        assertThat(f.actor()).isEqualTo("MAR");
        assertThat(f.categories()).containsExactlyInAnyOrder("THREATEN", "ASSAULT");
        assertThat(f.modality()).isEqualTo("claimed");
        assertThat(f.toQuery()).isEqualTo("actor=MAR&category=ASSAULT&category=THREATEN&modality=claimed&from=2026-01-01&either=true");
        assertThat(EventFilter.ANY.isEmpty()).isTrue();
    }

    @Test
    void badValuesNameTheParameter() {
        assertThatThrownBy(() -> EventFilter.fromParams(Map.of("category", List.of("DROP TABLE")))).hasMessageContaining("category");
        assertThatThrownBy(() -> EventFilter.fromParams(Map.of("to", List.of("yesterday")))).hasMessageContaining("to: 'yesterday'");
        assertThatThrownBy(() -> EventFilter.fromParams(Map.of("from", List.of("2026-02-01"), "to", List.of("2026-01-01")))).hasMessageContaining("after");
    }
}
