package org.rasd.core.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        URL self = TextStageTiming.class.getProtectionDomain().getCodeSource().getLocation();
        LongSupplier[] runners = new LongSupplier[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>(List.of(self));
            for (String p : a[3 + k].split(":")) urls.add(Path.of(p).toUri().toURL());
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            runners[k] = (LongSupplier) loader.loadClass(Runner.class.getName()).getConstructor(String.class, String.class).newInstance(file, mode);
        }
        long[][] cpu = new long[2][rounds + 1];
        for (int round = 0; round <= rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (round & 1) == 0 ? k : 1 - k; // alternate who goes first
                cpu[which][round] = runners[which].getAsLong();
            }
            System.out.printf("round=%d A=%.3fs B=%.3fs B/A=%.3f%n", round, cpu[0][round] / 1e9, cpu[1][round] / 1e9, (double) cpu[1][round] / cpu[0][round]);
        }
        int from = Math.min(rounds, 3); // JIT warm-up
        long[] ma = Arrays.copyOfRange(cpu[0], from, rounds + 1), mb = Arrays.copyOfRange(cpu[1], from, rounds + 1);
        Arrays.sort(ma);
        Arrays.sort(mb);
        System.out.printf("rounds %d..%d (%s): A min %.3fs median %.3fs, B min %.3fs median %.3fs%n", from, rounds, mode,
                ma[0] / 1e9, ma[ma.length / 2] / 1e9, mb[0] / 1e9, mb[mb.length / 2] / 1e9);
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
