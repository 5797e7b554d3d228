package org.rasd.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.store.ExportFormat;
import org.rasd.store.ExportResult;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd export --format F --out PATH}: stored events in the field's formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports stored events: plover (JSON Lines, one event a line), gdelt (GDELT 2.0 Events, 61 tab-separated",
                "columns, one canonical event a line, plus a Mentions file beside it), csv or parquet (one event row a line",
                "with its canonical event's counts)."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "plover, gdelt, csv or parquet")
    String format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH", description = "the file to write")
    Path out;

    @Mixin EventFilterMixin filter;

    @Mixin DataMixin data;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!java.nio.file.Files.isRegularFile(data.data.resolve(Store.DB_FILE))) {
            throw new org.rasd.store.StoreException("no store in " + data.data + ": run rasd ingest first");
        }
        try (Store store = Store.open(data.data)) {
            ExportResult r = store.export(f, out, filter.filter());
            for (int i = 0; i < r.files().size(); i++) System.out.printf("rasd export: %d rows → %s%n", r.rows().get(i), r.files().get(i));
            return Main.OK;
        }
    }
}
