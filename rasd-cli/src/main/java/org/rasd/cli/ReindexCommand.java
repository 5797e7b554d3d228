package org.rasd.cli;

import java.util.concurrent.Callable;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rasd reindex}: rebuild the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the full-text search index from the stored articles.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin DataMixin data;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (Store store = Store.open(data.data)) {
            long n = store.reindex();
            System.out.printf("rasd reindex: %d articles indexed in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            return Main.OK;
        }
    }
}
