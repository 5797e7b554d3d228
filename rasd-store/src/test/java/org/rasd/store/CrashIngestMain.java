package org.rasd.store;

import java.nio.file.Path;
import java.util.List;
import org.rasd.core.Extractor;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.Inputs;

/** The child process of {@link CrashSafetyTest}: ingests a corpus, printing "committed N" after each batch. */
public final class CrashIngestMain {
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String corpus = args[1];
        int batch = Integer.parseInt(args[2]);
        try (Store store = Store.open(data)) {
            IngestSummary s = store.ingest(sink -> new Inputs(InputOptions.defaults()).read(List.of(corpus), sink), Extractor.load(),
                    new IngestOptions(2, batch, corpus), (done, stored, dup, rej, secs, finished) -> {
                        System.out.println("committed " + done);
                        System.out.flush();
                    });
            System.out.println("summary " + s.read() + " " + s.stored() + " " + s.duplicates() + " " + s.rejected());
        }
    }
}
