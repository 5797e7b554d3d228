package org.rasd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rasd.core.model.Mention;
import org.rasd.core.model.RawRecord;

/** The founding article's required mentions (issue 3, "Done when"). */
class SeedActorsTest {
    private static List<Mention> seed() throws Exception {
        Path p = Path.of(System.getProperty("rasd.shared", "../../shared"), "corpus", "seed-000.txt");
        return Docs.ACTORS.recognize(Docs.TEXT.analyze(RawRecord.ofText(p.toString(), Files.readString(p))));
    }

    @Test
    void seedYieldsTheRequiredActors() throws Exception {
        List<Mention> ms = seed();
        Set<String> entities = ms.stream().map(Mention::entity).collect(Collectors.toSet());
        assertThat(entities).contains("MAR", "USA", "IRN", "DZA", "RUS", "CHN", "MLI", "Polisario_Front", "Hezbollah",
                "United_Nations", "Pentagon", "US_Congress", "Royal_Armed_Forces");
        assertThat(ms).anyMatch(m -> m.text().equals("أمريكا") && m.entity().equals("USA"));
        assertThat(ms).anyMatch(m -> m.text().equals("واشنطن") && m.code().equals("USAGOV"));
        assertThat(ms).anyMatch(m -> m.text().equals("الجانب الأمريكي") && m.country().equals("USA"));
        assertThat(ms).anyMatch(m -> m.text().equals("طهران") && m.country().equals("IRN"));
        assertThat(ms).anyMatch(m -> m.entity().equals("Pentagon") && m.code().equals("USAMIL"));
        assertThat(ms).anyMatch(m -> m.entity().equals("US_Congress") && m.code().equals("USALEG"));
        assertThat(ms).anyMatch(m -> m.entity().equals("Royal_Armed_Forces") && m.code().equals("MARMIL"));
        assertThat(ms).anyMatch(m -> m.text().equals("فاروق بلخير") && m.type().equals("PERSON") && m.code().equals("MARMIL"));
        assertThat(ms).anyMatch(m -> m.text().equals("ممثل المغرب لدى الأمم المتحدة") && m.code().equals("MARGOV"));
        assertThat(ms).anyMatch(m -> m.text().equals("عمر هيلاري") && m.code().equals("MARGOV"));
        String analyst = ms.stream().filter(m -> m.text().equals("الياس الماساوي")).findFirst().orElseThrow().entity();
        assertThat(ms).anyMatch(m -> m.text().equals("المصاوي") && m.entity().equals(analyst));
        assertThat(ms.stream().filter(m -> m.entity().equals(analyst)).count()).isGreaterThanOrEqualTo(4);
        assertThat(ms).noneMatch(m -> m.text().contains("دكور") || m.text().contains("دارمي"));
    }

    @Test
    void noPersonIsInventedInTheSeed() throws Exception {
        Set<String> persons = seed().stream().filter(m -> m.type().equals("PERSON")).map(Mention::text).collect(Collectors.toSet());
        assertThat(persons).allMatch(t -> Set.of("فاروق بلخير", "عمر هيلاري", "الياس الماساوي", "المصاوي", "نفس المحلل").contains(t));
    }
}
