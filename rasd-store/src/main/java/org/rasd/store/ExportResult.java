package org.rasd.store;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the files and the number of data rows in each. */
public record ExportResult(List<Path> files, List<Long> rows) {}
