package org.rasd.core;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Access to the project's shared material (../shared), which tests read and never copy. */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        String p = System.getProperty("rasd.shared", "../shared");
        Path d = Path.of(p);
        if (!Files.isDirectory(d)) d = Path.of("..", "..", "shared");
        return d;
    }

    /** A file under ../shared; the test is skipped (not passed) when the shared folder is absent. */
    public static Path file(String relative) {
        Path f = dir().resolve(relative);
        Assumptions.assumeTrue(Files.exists(f), "shared material not found: " + f.toAbsolutePath());
        return f;
    }

    public static String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
