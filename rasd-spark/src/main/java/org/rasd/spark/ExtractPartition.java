package org.rasd.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * Executor side: extracts the records of a partition with the JVM's shared {@link Extractor} (lexicons loaded once
 * per executor), lazily, one row in, one row out. A record the extractor rejects or fails on becomes a reject row
 * with the reason, as in {@code rasd extract}; a reject read upstream passes through.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private final JobSettings settings;

    ExtractPartition(JobSettings settings) { this.settings = settings; }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Extractor extractor = ExtractorHolder.get(settings.extractorOptions());
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return rows.hasNext(); }

            @Override
            public Row next() { return extract(extractor, rows.next()); }
        };
    }

    static Row extract(Extractor extractor, Row row) {
        long seq = RawRows.seq(row);
        Reject upstream = RawRows.reject(row);
        if (upstream != null) return DocumentRows.of(upstream, seq);
        RawRecord rec = RawRows.record(row);
        try {
            return DocumentRows.of(extractor.extract(rec), seq);
        } catch (RejectedRecordException e) {
            return DocumentRows.of(new Reject(rec.origin(), e.reason()), seq);
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement[] st = e.getStackTrace();
            return DocumentRows.of(new Reject(rec.origin(), "internal error while extracting: " + e + (st.length > 0 ? " at " + st[0] : "")), seq);
        }
    }
}
