package org.rasd.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rasd.core.io.DocumentJson;
import org.rasd.core.model.Reject;

/**
 * Rejected records: each is printed as one line on standard error ({@code rasd: rejected file:line: reason})
 * and appended to the rejects file (JSON Lines, created on the first reject).
 */
final class RejectLog implements AutoCloseable {
    private final Path file;
    private final PrintStream err;
    private Writer w;
    private long count;

    RejectLog(Path file, PrintStream err) {
        this.file = file;
        this.err = err;
    }

    void add(Reject r) {
        count++;
        err.println("rasd: rejected " + r.message());
        if (file == null) return;
        try {
            if (w == null) w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("origin", r.origin());
            m.put("reason", r.reason());
            w.write(DocumentJson.mapper().writeValueAsString(m));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() { return count; }

    @Override
    public void close() throws IOException {
        if (w != null) w.close();
    }
}
