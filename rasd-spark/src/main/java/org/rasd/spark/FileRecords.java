package org.rasd.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * Executor side: opens one file through Hadoop's file system (any scheme: file, hdfs, s3a, gs, abfs ...) and reads it
 * with the core's readers, exactly as {@code rasd extract} reads a local file: gzip by magic bytes, format by extension
 * or content, bad records and unreadable files as rejects. One file's records are held in memory at once.
 */
final class FileRecords implements FlatMapFunction<String, Row> {
    private final HadoopConf conf;
    private final JobSettings settings;

    FileRecords(HadoopConf conf, JobSettings settings) {
        this.conf = conf;
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(String file) {
        List<Row> rows = new ArrayList<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(RawRecord record) { rows.add(RawRows.of(record)); }

            @Override
            public void reject(Reject reject) { rows.add(RawRows.of(reject)); }
        };
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(conf.get());
            try (InputStream in = fs.open(path)) {
                new Inputs(settings.inputOptions()).readStream(file, in, path.getName(), sink);
            }
        } catch (FileNotFoundException e) {
            rows.add(RawRows.of(new Reject(file, "no such file")));
        } catch (IOException e) {
            rows.add(RawRows.of(new Reject(file, "cannot read: " + e.getMessage())));
        }
        return rows.iterator();
    }
}
