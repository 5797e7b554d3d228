package org.rasd.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd explain PATH --sentence N}: why a sentence was coded as it was. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows, for one sentence of an article, its tokens and clitic segmentations, the actor mentions, "
                + "the triggers tried and the frames, and why each event was or was not coded.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "an article (the first record of the file is explained)")
    String path;

    @Option(names = "--sentence", required = true, paramLabel = "N", description = "sentence index (0 = the title line)")
    int sentence;

    @Option(names = "--record", paramLabel = "K", description = "which record of a multi-record file (default 0)")
    int record;

    @Mixin
    InputMixin input;

    @Override
    public Integer call() throws Exception {
        Extractor ex = Extractor.load(input.extractorOptions());
        List<RawRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        new Inputs(input.inputOptions()).read(List.of(path), new RecordSink() {
            @Override
            public void accept(RawRecord r) { records.add(r); }

            @Override
            public void reject(Reject r) { rejects.add(r); }
        });
        if (record < 0 || record >= records.size()) {
            System.err.println("rasd: " + path + ": no record " + record + " (" + records.size() + " read" + (rejects.isEmpty() ? "" : ", " + rejects.size() + " rejected: " + rejects.get(0)) + ")");
            return Main.USAGE;
        }
        try {
            System.out.print(ex.explain(records.get(record), sentence));
            return Main.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("rasd: " + e.getMessage());
            return Main.USAGE;
        } catch (RejectedRecordException e) {
            System.err.println("rasd: " + e.getMessage());
            return Main.SOME_REJECTED;
        }
    }
}
