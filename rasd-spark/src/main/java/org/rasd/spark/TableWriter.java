package org.rasd.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the job's Parquet tables, and counts their rows (and any other sums asked for) while writing them, with
 * Spark's observed metrics: the summary needs no further pass over the data.
 *
 * <p>A table partitioned by date is first range-partitioned by (date, the table's own order) over {@code tasks}
 * tasks: the tasks get about as many rows each however the rows spread over dates (news of three days, or events
 * dated over decades); a date with few rows falls to one task and gets one file, a date with many is split over a few
 * tasks; a task writes the files of a contiguous run of dates. Files stay few (about dates + tasks, never
 * dates × tasks) and writing stays parallel (a hash repartition by date alone puts all the rows of a date in one task,
 * and adaptive execution then coalesces a small table into a single writing task).
 *
 * <p>An empty table is still written, as one Parquet file with its schema (Spark writes no data file for an empty
 * partitioned table), so that every table of a run can be read back, by Spark or by DuckDB.
 */
final class TableWriter {
    private final String dir;
    private final int tasks;

    /**
     * @param dir   the output directory (any Hadoop path)
     * @param tasks the number of tasks that write a date-partitioned table
     */
    TableWriter(String dir, int tasks) {
        if (tasks < 1) throw new IllegalArgumentException("at least one writing task, got " + tasks);
        this.dir = dir;
        this.tasks = tasks;
    }

    /**
     * Writes {@code rows} under {@code dir/name}, partitioned by its {@code date} column, and returns the counts.
     *
     * @param order  columns that order the rows within a date (for the range partitioning)
     * @param counts further aggregates to compute while writing (named), besides {@code rows}
     */
    Map<String, Long> byDate(String name, Dataset<Row> rows, List<String> order, Column... counts) {
        List<Column> keys = new ArrayList<>();
        keys.add(col("date"));
        for (String c : order) keys.add(col(c));
        // observed above the exchange: the range partitioner's sampling pass does not count
        return write(name, rows.repartitionByRange(tasks, keys.toArray(Column[]::new)), true, counts);
    }

    /**
     * Writes {@code rows} under {@code dir/name}, partitioned by its {@code date} column, as they are partitioned already
     * (range-partitioned by date first, as {@link OutputTables#documents()} is), and returns the counts.
     */
    Map<String, Long> byDateAsPartitioned(String name, Dataset<Row> rows, Column... counts) {
        return write(name, rows, true, counts);
    }

    /** Writes {@code rows} under {@code dir/name}, not partitioned, and returns the counts. */
    Map<String, Long> flat(String name, Dataset<Row> rows, Column... counts) {
        return write(name, rows, false, counts);
    }

    private Map<String, Long> write(String name, Dataset<Row> rows, boolean byDate, Column... counts) {
        long t0 = System.nanoTime();
        String path = dir + "/" + name;
        Observation observation = new Observation("rasd_" + name);
        Dataset<Row> counted = rows.observe(observation, count(lit(1)).as("rows"), counts);
        if (byDate) {
            counted.write().mode(SaveMode.ErrorIfExists).partitionBy("date").parquet(path);
        } else {
            counted.write().mode(SaveMode.ErrorIfExists).parquet(path);
        }
        Map<String, Object> observed;
        try {
            observed = observation.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting the rows of " + path, e);
        }
        Map<String, Long> result = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> e : observed.entrySet()) {
            result.put(e.getKey(), e.getValue() == null ? 0L : ((Number) e.getValue()).longValue());
        }
        writeSchemaIfEmpty(rows, path);
        System.err.printf(Locale.ROOT, "rasd-spark: wrote %s (%d rows) in %.1f s%n", path, result.get("rows"),
                (System.nanoTime() - t0) / 1e9);
        return result;
    }

    private static void writeSchemaIfEmpty(Dataset<Row> table, String path) {
        SparkSession spark = table.sparkSession();
        Path p = new Path(path);
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            var files = fs.listFiles(p, true);
            while (files.hasNext()) {
                if (files.next().getPath().getName().endsWith(".parquet")) return;
            }
            spark.createDataFrame(List.of(), table.schema()).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }
}
