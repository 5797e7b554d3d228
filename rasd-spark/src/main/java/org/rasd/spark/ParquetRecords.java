package org.rasd.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rasd.core.io.JsonFields;

/**
 * Parquet inputs with text columns: each part of a record (id, title, text, url, source, date, author) is taken from
 * the first column present among the names that {@link JsonFields} lists for it (the same names as for JSON Lines,
 * {@code --field} overrides them), cast to a string. A row's origin is {@code file:ROW} (1-based), plus {@code #id}.
 * A row without text becomes a reject, as in the JSON Lines reader.
 */
final class ParquetRecords {
    private ParquetRecords() {}

    /** @param firstNumber the file number of the first Parquet file in the reading order (see {@link RawRows}) */
    static Dataset<Row> read(SparkSession spark, List<String> files, JsonFields fields, int firstNumber) {
        Dataset<Row> df = spark.read().option("mergeSchema", "true").parquet(files.toArray(new String[0]));
        List<String> columns = Arrays.asList(df.columns());
        Column id = part(columns, fields.id());
        Column text = part(columns, fields.text());
        Column where = concat(col("_metadata.file_path"), lit(":"), (col("_metadata.row_index").plus(1)).cast("string"));
        Column origin = when(id.isNull(), where).otherwise(concat(where, lit("#"), id));
        Column reject = when(text.isNull(), lit("no text field (looked for " + String.join(", ", fields.text()) + ")"));
        return df.select(origin.as("origin"), id.as("id"), part(columns, fields.title()).as("title"), text.as("text"),
                part(columns, fields.source()).as("source"), part(columns, fields.url()).as("url"),
                part(columns, fields.date()).as("date"), part(columns, fields.author()).as("author"), reject.as("reject"),
                lit((long) firstNumber << 32).plus(col("_metadata.row_index")).cast("long").as("seq"));
    }

    /** The first non-null value among the columns present with those names, as a string; null when none is present. */
    private static Column part(List<String> columns, List<String> names) {
        List<Column> present = new ArrayList<>();
        for (String n : names) {
            for (String c : columns) {
                if (c.equalsIgnoreCase(n)) present.add(col("`" + c + "`").cast("string"));
            }
        }
        return present.isEmpty() ? lit(null).cast("string") : coalesce(present.toArray(new Column[0]));
    }
}
