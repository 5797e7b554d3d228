package org.rasd.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.core.Extractor;
import org.rasd.core.ParallelExtractor;
import org.rasd.core.io.DocumentJson;
import org.rasd.core.io.Inputs;
import org.rasd.core.model.Document;
import org.rasd.core.model.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd extract PATH...}: articles in, one JSON document a line out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts actors and events from articles and prints one JSON document a line.",
                "Inputs: .txt (one article), .jsonl / .jsonl.gz, .html, PETRARCH .xml, directories (recursively), - for standard input."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Mixin
    InputMixin input;

    @Option(names = "--pretty", description = "indent the JSON for humans")
    boolean pretty;

    @Option(names = "--stats", description = "print counts and throughput to standard error")
    boolean stats;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write documents to FILE instead of standard output")
    Path out;

    @Option(names = "--rejects", paramLabel = "FILE", description = "write rejected records (JSON Lines: origin, reason) to FILE (default: rasd-rejects.jsonl, created only when a record is rejected)")
    Path rejectsFile = Path.of("rasd-rejects.jsonl");

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        Extractor ex = Extractor.load(input.extractorOptions());
        PrintStream err = System.err;
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             RejectLog rejects = new RejectLog(rejectsFile, err)) {
            ParallelExtractor.Output sink = new ParallelExtractor.Output() {
                @Override
                public void document(Document d) {
                    try {
                        w.write(DocumentJson.toJson(d, pretty));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void reject(Reject r) { rejects.add(r); }
            };
            long read, done, rejected, chars, sentences;
            try (ParallelExtractor px = new ParallelExtractor(ex, threads, 64 * threads, sink)) {
                new Inputs(input.inputOptions()).read(paths, px);
                px.flush();
                read = px.read(); done = px.extracted(); rejected = px.rejected(); chars = px.chars(); sentences = px.sentences();
            }
            w.flush();
            double secs = (System.nanoTime() - t0) / 1e9;
            if (stats || rejected > 0) {
                err.printf("rasd extract: %d read, %d extracted, %d rejected%s%n", read, done, rejected,
                        rejected > 0 ? " (reasons in " + rejectsFile + ")" : "");
            }
            if (stats) {
                err.printf("rasd extract: %.2f s (lexicons %d ms), %.1f articles/s, %d sentences (%.0f/s), %.2f MB/s of text, %d threads%n",
                        secs, ex.loadMillis(), done / secs, sentences, sentences / secs, chars * 2 / 1e6 / secs, threads);
            }
            return rejected > 0 ? Main.SOME_REJECTED : Main.OK;
        }
    }
}
