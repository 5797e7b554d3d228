package org.rasd.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * Records as read, before extraction: one row per record, or per input that could not be read ({@code reject} set).
 * Both kinds travel together so that nothing read is lost between reading and writing. {@code seq} is the reading
 * order (file number in the sorted listing, then record number): of several copies of an article the first read is
 * kept, as the store keeps the first ingested.
 */
public final class RawRows {
    public static final StructType SCHEMA = new StructType()
            .add("origin", DataTypes.StringType, false)
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("reject", DataTypes.StringType)
            .add("seq", DataTypes.LongType, false);

    private RawRows() {}

    public static Row of(RawRecord r, long seq) {
        return RowFactory.create(r.origin(), r.id(), r.title(), r.text(), r.source(), r.url(), r.date(), r.author(), null, seq);
    }

    public static Row of(Reject r, long seq) {
        return RowFactory.create(r.origin(), null, null, null, null, null, null, null, r.reason(), seq);
    }

    public static long seq(Row row) { return row.getLong(9); }

    /** The reject this row carries, or null when it is a record. */
    public static Reject reject(Row row) {
        String reason = row.getString(8);
        return reason == null ? null : new Reject(row.getString(0), reason);
    }

    public static RawRecord record(Row row) {
        return new RawRecord(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7));
    }
}
