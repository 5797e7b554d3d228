package org.rasd.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the commands that use the store. */
public final class DataMixin {
    @Option(names = "--data", paramLabel = "DIR", description = "the store's data directory (default: ${DEFAULT-VALUE})")
    Path data = Path.of("rasd-data");
}
