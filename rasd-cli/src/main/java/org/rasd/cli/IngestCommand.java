package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.core.Extractor;
import org.rasd.core.io.Inputs;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;
import org.rasd.store.ConsoleProgress;
import org.rasd.store.IngestOptions;
import org.rasd.store.IngestProgress;
import org.rasd.store.IngestSummary;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd ingest PATH...}: extract articles and store them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts articles and stores them (articles, sentences, mentions, events, rejects) with a search index.",
                "Idempotent: an article already stored is counted as a duplicate. Inputs as for extract."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Mixin InputMixin input;

    @Mixin DataMixin data;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch = 256;

    @Option(names = "--window-days", paramLabel = "N", description = "cross-article event dedup window in days (default: ${DEFAULT-VALUE})")
    int windowDays = Store.DEFAULT_WINDOW_DAYS;

    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Extractor ex = Extractor.load(input.extractorOptions());
        Inputs inputs = new Inputs(input.inputOptions());
        boolean terminal = System.console() != null && !paths.contains("-");
        IngestProgress bar = quiet ? IngestProgress.NONE : new ConsoleProgress(err, terminal, terminal ? count(inputs) : -1, 5);
        IngestProgress progress = new IngestProgress() {
            @Override
            public void update(long done, long stored, long duplicates, long rejected, double seconds, boolean finished) {
                bar.update(done, stored, duplicates, rejected, seconds, finished);
            }

            @Override
            public void rejected(Reject r) {
                if (terminal && !quiet) err.println();
                err.println("rasd: rejected " + r.message());
            }
        };
        try (Store store = Store.open(data.data, windowDays)) {
            IngestSummary s = store.ingest(sink -> inputs.read(paths, sink), ex, new IngestOptions(Math.max(1, threads), Math.max(1, batch), String.join(" ", paths)), progress);
            out.println("rasd ingest: " + s.line());
            out.println("rasd ingest: store " + data.data + " (run " + s.runId() + "); rejects are in its rejects table (rasd query \"SELECT * FROM rejects\")");
            return s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
        }
    }

    /** The number of records, read once beforehand for the progress bar's ETA (terminal only). */
    private long count(Inputs inputs) {
        long[] n = {0};
        inputs.read(paths, new RecordSink() {
            @Override public void accept(RawRecord r) { n[0]++; }

            @Override public void reject(Reject r) { n[0]++; }
        });
        return n[0];
    }
}
