package org.rasd.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * The benchmark's input, read once into memory with the core's readers so that every stage sees the same records
 * and no stage pays for reading and decompression.
 *
 * @param paths       what was read
 * @param records     the records
 * @param bytes       UTF-8 bytes of the text every stage processes (title line and body)
 * @param readRejects records the readers rejected (bad JSON lines ...), left out of every stage
 */
public record BenchInput(List<String> paths, List<RawRecord> records, long bytes, int readRejects) {
    public static BenchInput load(List<String> paths) {
        List<RawRecord> records = new ArrayList<>();
        int[] rejects = {0};
        new Inputs(InputOptions.defaults()).read(paths, new RecordSink() {
            @Override
            public void accept(RawRecord r) { records.add(r); }

            @Override
            public void reject(Reject r) { rejects[0]++; }
        });
        long bytes = 0;
        for (RawRecord r : records) bytes += text(r).getBytes(StandardCharsets.UTF_8).length;
        return new BenchInput(List.copyOf(paths), List.copyOf(records), bytes, rejects[0]);
    }

    /** The text a stage reads: the headline (when given apart) and the body, as the pipeline reads them. */
    public static String text(RawRecord r) {
        return r.title() == null || r.title().isBlank() ? r.text() : r.title() + "\n" + r.text();
    }

    public double megabytes() { return bytes / 1e6; }
}
