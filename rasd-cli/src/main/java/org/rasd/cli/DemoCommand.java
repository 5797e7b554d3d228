package org.rasd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.core.Extractor;
import org.rasd.core.ParallelExtractor;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.JsonLinesReader;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Reject;
import picocli.CommandLine.Command;

/** {@code rasd demo}: runs the main job on the bundled sample articles. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts events from the bundled sample articles and prints what was found.")
public final class DemoCommand implements Callable<Integer> {
    static final String SAMPLES = "/samples/articles.jsonl";

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Extractor ex = Extractor.load();
        List<Document> docs = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES);
             ParallelExtractor px = new ParallelExtractor(ex, Runtime.getRuntime().availableProcessors(), 64, new ParallelExtractor.Output() {
                 @Override public void document(Document d) { docs.add(d); }
                 @Override public void reject(Reject r) { rejects.add(r); }
             })) {
            if (in == null) throw new IOException("the bundled samples are missing from the jar: " + SAMPLES);
            new JsonLinesReader(InputOptions.defaults().fields(), InputOptions.DEFAULT_MAX_BYTES).read("samples/articles.jsonl", in, px);
        }
        out.printf("Rasd demo: %d sample articles, lexicons loaded in %d ms%n%n", docs.size(), ex.loadMillis());
        for (Document d : docs) {
            out.printf("■ %s%n  %s · %s · %d sentences, %d actor mentions, %d events%n", d.title(), d.source(), d.date(),
                    d.sentences().size(), d.mentions().size(), d.events().size());
            if (d.section() != null) out.printf("  section: %s%n", d.section());
            for (QualityFlag f : d.quality().flags()) out.printf("  flag %-14s %s%n", f.kind(), abbreviate(f.text()));
            for (Event e : d.events()) {
                out.printf("  %-9s %-5s %-12s %s%n", e.event(), e.cameo(), e.modality(), e.gloss());
            }
            out.println();
        }
        for (Reject r : rejects) out.println("rejected: " + r.message());
        return rejects.isEmpty() ? Main.OK : Main.SOME_REJECTED;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
