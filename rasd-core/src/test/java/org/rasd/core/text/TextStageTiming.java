package org.rasd.core.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * Thread-CPU timing of two builds' text stage ({@link Extractor#analyze}) side by side: each class path is loaded
 * in a class loader of its own (this class's directory first) and their rounds alternate, so both see the same
 * load on a shared machine. Mode {@code text} times the analysis; {@code readings} times, after an untimed analysis,
 * every token's segmentations and one hash of each stem (what the later stages ask of a word first). Not a test:
 * run it by hand, e.g. {@code java -Xmx512m -cp rasd-core/target/test-classes:rasd-cli/target/rasd.jar
 * org.rasd.core.text.TextStageTiming FILE 8 text CLASSPATH_A CLASSPATH_B}.
 */
public final class TextStageTiming {
    public static void main(String[] a) throws Exception {
        if (a.length < 5) { System.err.println("usage: TextStageTiming FILE ROUNDS text|readings CLASSPATH_A CLASSPATH_B"); System.exit(2); }
        String file = a[0], mode = a[2];
        int rounds = Integer.parseInt(a[1]);
        org.rasd.core.SideBySide.compare(Runner.class, new String[] {file, mode}, a[3], a[4], rounds, 3, mode);
    }

    /** One round over the whole input per call: the timed part's thread CPU nanoseconds. */
    public static final class Runner implements LongSupplier {
        private final List<RawRecord> recs = new ArrayList<>();
        private final Extractor ex = Extractor.load();
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final boolean readings;
        private long sink;

        public Runner(String file, String mode) {
            new Inputs(InputOptions.defaults()).read(List.of(file), new RecordSink() {
                public void accept(RawRecord r) { recs.add(r); }
                public void reject(Reject r) { }
            });
            if (!mode.equals("text") && !mode.equals("readings")) throw new IllegalArgumentException("mode: text or readings, not " + mode);
            readings = mode.equals("readings");
        }

        @Override
        public long getAsLong() {
            long cpu = 0;
            for (RawRecord r : recs) {
                long c0 = mx.getCurrentThreadCpuTime();
                AnalyzedDocument d;
                try {
                    d = ex.analyze(r);
                } catch (RejectedRecordException e) { continue; }
                long c1 = mx.getCurrentThreadCpuTime();
                if (!readings) { cpu += c1 - c0; sink += d.sentences().size(); continue; }
                for (AnalyzedSentence s : d.sentences()) for (Token t : s.tokens()) for (String st : t.stems()) sink += st.hashCode() & 1;
                cpu += mx.getCurrentThreadCpuTime() - c1;
            }
            return cpu;
        }
    }
}
