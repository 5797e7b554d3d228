package org.rasd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rasd.core.Extractor;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.JsonLinesReader;
import org.rasd.core.io.RecordSink;
import org.rasd.server.WorkbenchServer;
import org.rasd.store.IngestOptions;
import org.rasd.store.IngestProgress;
import org.rasd.store.IngestSummary;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd demo}: the main job on the bundled sample articles — ingest them into the embedded store (idempotent:
 * a second run adds nothing), print what was found, then serve the workbench on it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample articles into the embedded store (./rasd-data by default),",
                "prints a summary (articles, events by category, top actor pairs) and serves the workbench."})
public final class DemoCommand implements Callable<Integer> {
    static final String SAMPLES = "/samples/articles.jsonl";

    @Mixin
    DataMixin data;

    @Option(names = "--port", defaultValue = "8080", description = "workbench port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--no-serve", description = "stop after the summary instead of serving the workbench")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Extractor ex = Extractor.load();
        IngestSummary summary;
        try (Store store = Store.open(data.data)) {
            summary = store.ingest(DemoCommand::readSamples, ex, IngestOptions.defaults("bundled samples " + SAMPLES), IngestProgress.NONE);
            out.printf("Rasd demo: bundled sample articles → %s (lexicons loaded in %d ms)%n", data.data.toAbsolutePath(), ex.loadMillis());
            out.println(summary.line());
            out.println();
            out.println(store.demoSummary(10).render());
        }
        if (noServe) return summary.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
        ServeCommand.Running running = ServeCommand.start(out, ex, data.data, WorkbenchServer.Options.local(port));
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "rasd-demo-stop"));
        running.awaitShutdown();
        return Main.OK;
    }

    /** Reads the bundled samples (JSON Lines inside the jar) into a sink. */
    static void readSamples(RecordSink sink) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES)) {
            if (in == null) throw new IOException("the bundled samples are missing from the jar: " + SAMPLES);
            new JsonLinesReader(InputOptions.defaults().fields(), InputOptions.DEFAULT_MAX_BYTES).read("samples/articles.jsonl", in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
