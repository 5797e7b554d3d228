package org.rasd.core.event;

import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.*;
import org.rasd.core.model.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Prints {@link Extractor#explain} for every sentence of the first records of some inputs, so that a speed
 * change can be checked byte for byte against a reference dump. Not a test: run it by hand, e.g.
 * {@code java -cp rasd-core/target/test-classes:rasd-cli/target/rasd.jar org.rasd.core.event.ExplainDump MAXRECORDS FILE...}.
 */
public final class ExplainDump {
    public static void main(String[] a) throws Exception {
        int max = Integer.parseInt(a[0]);
        Extractor ex = Extractor.load();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        for (int f = 1; f < a.length; f++) {
            List<RawRecord> recs = new ArrayList<>();
            new Inputs(InputOptions.defaults()).read(List.of(a[f]), new RecordSink() {
                public void accept(RawRecord r) { if (recs.size() < max) recs.add(r); }
                public void reject(Reject r) { }
            });
            for (RawRecord r : recs) {
                int n;
                try { n = ex.analyze(r).sentences().size(); } catch (RejectedRecordException e) { continue; }
                for (int i = 0; i < n; i++) out.println(ex.explain(r, i));
            }
        }
        out.flush();
    }
}
