package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CanonicalEventsTest {
    private static final StructType EVENTS = new StructType()
            .add("article_id", DataTypes.StringType).add("id", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("event", DataTypes.StringType)
            .add("actor", DataTypes.createArrayType(DocumentRows.ACTOR)).add("recipient", DataTypes.createArrayType(DocumentRows.ACTOR))
            .add("modality", DataTypes.StringType).add("date", DataTypes.StringType);

    private static ReferenceDedup.In ev(String article, String id, String source, String event, List<String> actors,
                                        List<String> recipients, String modality, String date) {
        return new ReferenceDedup.In(article, id, source, event, actors, recipients, modality, date);
    }

    /** Cases: window edges, actor order, modality classes, undated events, repeated articles and sources. */
    static List<ReferenceDedup.In> cases() {
        List<String> mu = List.of("MAR", "USA"), um = List.of("USA", "MAR"), irn = List.of("IRN");
        List<ReferenceDedup.In> l = new ArrayList<>();
        l.add(ev("a1", "e1", "spa", "CONSULT", mu, irn, "asserted", "2015-07-01"));
        l.add(ev("a2", "e2", "aawsat", "CONSULT", um, irn, "claimed", "2015-07-03"));   // same key: order, class real
        l.add(ev("a3", "e3", "aawsat", "CONSULT", mu, irn, "historical", "2015-07-06")); // gap 3 = window: merged
        l.add(ev("a3", "e4", "aawsat", "CONSULT", mu, irn, "asserted", "2015-07-10"));   // gap 4 > window: new event
        l.add(ev("a4", "e5", "spa", "CONSULT", mu, irn, "asserted", "2015-07-10"));      // same date as e4
        l.add(ev("a1", "e6", "spa", "CONSULT", mu, irn, "planned", "2015-07-01"));       // other class
        l.add(ev("a2", "e7", "aawsat", "CONSULT", mu, List.of(), "asserted", "2015-07-01")); // no recipient: stands alone
        l.add(ev("a5", "e8", null, "ASSAULT", List.of("SYR"), irn, "asserted", null));   // undated: alone
        l.add(ev("a6", "e9", null, "ASSAULT", List.of("SYR"), irn, "asserted", null));   // undated: alone too
        l.add(ev("a7", "e10", null, "ASSAULT", List.of("SYR", "SYR", " "), irn, null, "2015-07-02")); // codes distinct, blank dropped, no modality: real
        l.add(ev("a8", "e11", "spa", "ASSAULT", List.of("SYR"), irn, "claimed", "2015-07-04"));
        return l;
    }

    private static Dataset<Row> frame(SparkSession spark, List<ReferenceDedup.In> in) {
        List<Row> rows = new ArrayList<>();
        for (ReferenceDedup.In e : in) {
            rows.add(RowFactory.create(e.articleId(), e.id(), e.source(), e.event(), actors(e.actors()), actors(e.recipients()),
                    e.modality(), e.date()));
        }
        return spark.createDataFrame(rows, EVENTS);
    }

    private static Object[] actors(List<String> codes) {
        return codes.stream().map(c -> RowFactory.create(c, c.length() >= 3 ? c.substring(0, 3) : null, null, c, c, 0, 3, c)).toArray();
    }

    private static Map<String, String> assigned(Dataset<Row> d) {
        Map<String, String> m = new HashMap<>();
        for (Row r : d.select("id", "canonical_id").collectAsList()) m.put(r.getString(0), r.getString(1));
        return m;
    }

    @Test
    void groupsByKeyAndWindowAsTheRuleSays() {
        SparkSession spark = SparkSessions.local2();
        Map<String, String> got = assigned(CanonicalEvents.assign(spark, frame(spark, cases()), 3));
        assertThat(got).hasSize(11);
        assertThat(got.get("e10")).isEqualTo(got.get("e11")).isEqualTo(ReferenceDedup.sha16("ASSAULT|SYR|IRN|real|2015-07-02"));
        assertThat(got.get("e1")).isEqualTo(got.get("e2")).isEqualTo(got.get("e3"))
                .isEqualTo(ReferenceDedup.sha16("CONSULT|MAR+USA|IRN|real|2015-07-01"));
        assertThat(got.get("e4")).isEqualTo(got.get("e5")).isNotEqualTo(got.get("e1"))
                .isEqualTo(ReferenceDedup.sha16("CONSULT|MAR+USA|IRN|real|2015-07-10"));
        assertThat(got.get("e6")).isEqualTo(ReferenceDedup.sha16("CONSULT|MAR+USA|IRN|planned|2015-07-01"));
        assertThat(got.get("e7")).isEqualTo(ReferenceDedup.sha16("CONSULT|MAR+USA||real|alone:e7")); // no recipient: alone
        assertThat(got.get("e8")).isNotEqualTo(got.get("e9"));
        assertThat(got).isEqualTo(ReferenceDedup.assign(cases(), 3));
    }

    @Test
    void windowIsAParameter() {
        SparkSession spark = SparkSessions.local2();
        assertThat(assigned(CanonicalEvents.assign(spark, frame(spark, cases()), 0))).isEqualTo(ReferenceDedup.assign(cases(), 0));
        Map<String, String> wide = assigned(CanonicalEvents.assign(spark, frame(spark, cases()), 10));
        assertThat(wide.get("e1")).isEqualTo(wide.get("e4"));
        assertThat(wide).isEqualTo(ReferenceDedup.assign(cases(), 10));
        assertThatThrownBy(() -> CanonicalEvents.assign(spark, frame(spark, cases()), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsMentionsArticlesAndSources() {
        SparkSession spark = SparkSessions.local2();
        Dataset<Row> table = CanonicalEvents.table(spark, CanonicalEvents.assign(spark, frame(spark, cases()), 3));
        Map<String, ReferenceDedup.Canonical> want = ReferenceDedup.canonical(cases(), 3);
        Map<String, ReferenceDedup.Canonical> got = new HashMap<>();
        for (Row r : table.collectAsList()) {
            String id = r.getAs("canonical_id");
            got.put(id, new ReferenceDedup.Canonical(id, r.<Long>getAs("num_mentions"), r.<Long>getAs("num_articles"),
                    r.<Long>getAs("num_sources"), r.getAs("first_date"), r.getAs("last_date")));
        }
        assertThat(got).isEqualTo(want);
        ReferenceDedup.Canonical first = got.get(ReferenceDedup.sha16("CONSULT|MAR+USA|IRN|real|2015-07-01"));
        assertThat(first).isEqualTo(new ReferenceDedup.Canonical(first.id(), 3, 3, 2, "2015-07-01", "2015-07-06"));
        ReferenceDedup.Canonical syr = got.get(ReferenceDedup.sha16("ASSAULT|SYR|IRN|real|2015-07-02"));
        assertThat(syr.sources()).isEqualTo(2); // a missing source counts as one (the empty source), as in the store
    }
}
