package org.rasd.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Location;
import org.rasd.core.model.Mention;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Reject;
import org.rasd.core.model.Sentence;

/**
 * The result of extracting one record, as a Spark row: the document with its sentences, mentions and events nested
 * (field names as in the JSON documents, snake_case), or a reject ({@code reject} set, only {@code origin} besides);
 * {@code seq} is the reading order ({@link RawRows}).
 * Offsets are code points into {@code text}, as in {@link Document}.
 */
public final class DocumentRows {
    private static final DataType S = DataTypes.StringType, I = DataTypes.IntegerType, D = DataTypes.DoubleType;

    public static final StructType FLAG = new StructType()
            .add("kind", S).add("start", I).add("end", I).add("text", S);
    public static final StructType SENTENCE = new StructType()
            .add("index", I).add("start", I).add("end", I).add("text", S).add("flags", DataTypes.createArrayType(S));
    public static final StructType MENTION = new StructType()
            .add("start", I).add("end", I).add("text", S).add("sentence", I).add("entity", S).add("type", S)
            .add("name", S).add("code", S).add("country", S).add("sector", S).add("resolution", S).add("rule", S);
    public static final StructType ACTOR = new StructType()
            .add("code", S).add("country", S).add("sector", S).add("entity", S).add("name", S)
            .add("start", I).add("end", I).add("text", S);
    public static final StructType LOCATION = new StructType()
            .add("text", S).add("start", I).add("end", I).add("country", S);
    public static final StructType EVENT = new StructType()
            .add("id", S).add("event", S).add("mode", S).add("context", S).add("cameo", S)
            .add("goldstein", D).add("quad_class", I)
            .add("actor", array(ACTOR)).add("recipient", array(ACTOR)).add("location", LOCATION)
            .add("date", S).add("modality", S).add("claimant", ACTOR)
            .add("sentence", I).add("trigger_start", I).add("trigger_end", I).add("trigger", S)
            .add("evidence", S).add("rule", S).add("confidence", D).add("gloss", S).add("mentions", I);
    public static final StructType SCHEMA = new StructType()
            .add("origin", S, false)
            .add("reject", S)
            .add("id", S).add("external_id", S).add("title", S).add("section", S).add("source", S).add("url", S)
            .add("author", S).add("date", S).add("language", S).add("text", S)
            .add("quality", array(FLAG))
            .add("sentences", array(SENTENCE))
            .add("mentions", array(MENTION))
            .add("events", array(EVENT))
            .add("seq", DataTypes.LongType, false);

    private DocumentRows() {}

    private static ArrayType array(StructType t) { return DataTypes.createArrayType(t); }

    public static Row of(Reject r, long seq) {
        return RowFactory.create(r.origin(), r.reason(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, seq);
    }

    public static Row of(Document d, long seq) {
        return RowFactory.create(d.origin(), null, d.id(), d.externalId(), d.title(), d.section(), d.source(), d.url(),
                d.author(), d.date(), d.language(), d.text(),
                d.quality().flags().stream().map(DocumentRows::flag).toList().toArray(),
                d.sentences().stream().map(DocumentRows::sentence).toList().toArray(),
                d.mentions().stream().map(DocumentRows::mention).toList().toArray(),
                d.events().stream().map(DocumentRows::event).toList().toArray(), seq);
    }

    static Row flag(QualityFlag f) { return RowFactory.create(f.kind(), f.start(), f.end(), f.text()); }

    static Row sentence(Sentence s) {
        return RowFactory.create(s.index(), s.start(), s.end(), s.text(), s.flags().toArray(new String[0]));
    }

    static Row mention(Mention m) {
        return RowFactory.create(m.start(), m.end(), m.text(), m.sentence(), m.entity(), m.type(), m.name(), m.code(),
                m.country(), m.sector(), m.resolution(), m.rule());
    }

    static Row actor(EventActor a) {
        return a == null ? null : RowFactory.create(a.code(), a.country(), a.sector(), a.entity(), a.name(), a.start(), a.end(), a.text());
    }

    static Row location(Location l) {
        return l == null ? null : RowFactory.create(l.text(), l.start(), l.end(), l.country());
    }

    static Row event(Event e) {
        return RowFactory.create(e.id(), e.event(), e.mode(), e.context(), e.cameo(), e.goldstein(), e.quadClass(),
                actors(e.actor()), actors(e.recipient()), location(e.location()), e.date(), e.modality(), actor(e.claimant()),
                e.sentence(), e.triggerStart(), e.triggerEnd(), e.trigger(), e.evidence(), e.rule(), e.confidence(), e.gloss(),
                e.mentions());
    }

    private static Object[] actors(List<EventActor> as) { return as.stream().map(DocumentRows::actor).toArray(); }
}
