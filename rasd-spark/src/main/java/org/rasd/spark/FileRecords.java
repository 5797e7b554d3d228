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
final class FileRecords implements FlatMapFunction<FileRecords.NumberedFile, Row> {
    /** A file and its place in the sorted listing. */
    record NumberedFile(int number, String path) implements java.io.Serializable {}

    private final HadoopConf conf;
    private final JobSettings settings;

    FileRecords(HadoopConf conf, JobSettings settings) {
        this.conf = conf;
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(NumberedFile numbered) {
        List<Row> rows = new ArrayList<>();
        long base = (long) numbered.number() << 32;
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(RawRecord record) { rows.add(RawRows.of(record, base + rows.size())); }

            @Override
            public void reject(Reject reject) { rows.add(RawRows.of(reject, base + rows.size())); }
        };
        Path path = new Path(numbered.path());
        // local files are named as rasd extract names them (no file: scheme), so that origins and rejects match
        String file = "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : numbered.path();
        try {
            FileSystem fs = path.getFileSystem(conf.get());
            try (InputStream in = fs.open(path)) {
                new Inputs(settings.inputOptions()).readStream(file, in, path.getName(), sink);
            }
        } catch (FileNotFoundException e) {
            rows.add(RawRows.of(new Reject(file, "no such file"), base));
        } catch (IOException e) {
            rows.add(RawRows.of(new Reject(file, "cannot read: " + e.getMessage()), base + rows.size()));
        }
        return rows.iterator();
    }
}
