package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.store.IngestOptions;
import org.rasd.store.IngestSummary;
import org.rasd.store.ParquetImport;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd import DIR}: load the Parquet tables of a Spark run (rasd-spark) into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads the Parquet output of the Rasd Spark job (docs/spark.md) into the store, so that the workbench browses it.",
                "Idempotent like ingest: articles already stored are counted as duplicates."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the Spark job's --out directory (local; copy it from HDFS or S3 first)")
    Path dir;

    @Mixin DataMixin data;

    @Option(names = "--batch", paramLabel = "N", description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch = 256;

    @Option(names = "--window-days", paramLabel = "N", description = "cross-article event dedup window in days (default: ${DEFAULT-VALUE})")
    int windowDays = Store.DEFAULT_WINDOW_DAYS;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(data.data, windowDays)) {
            ParquetImport.Result r = ParquetImport.run(store, dir, new IngestOptions(1, Math.max(1, batch), "import " + dir));
            IngestSummary s = r.ingest();
            out.println("rasd import: " + s.line());
            out.println("rasd import: the Spark run had " + r.jobDuplicates() + " duplicate copies and " + r.jobRejects()
                    + " rejected records (listed in " + dir.resolve("rejects") + ")");
            return r.jobRejects() > 0 || s.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
        }
    }
}
