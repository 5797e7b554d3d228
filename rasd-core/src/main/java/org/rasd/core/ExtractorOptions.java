package org.rasd.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of the pipeline.
 *
 * @param lexiconDirs user lexicon directories added on top of the built-in lexicons ({@code --lexicon DIR})
 * @param maxChars    documents longer than this are rejected (default 5,000,000 characters, about 5 MB)
 */
public record ExtractorOptions(List<Path> lexiconDirs, int maxChars) {
    public static final int DEFAULT_MAX_CHARS = 5_000_000;

    public ExtractorOptions {
        lexiconDirs = List.copyOf(lexiconDirs);
        if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive");
    }

    public static ExtractorOptions defaults() { return new ExtractorOptions(List.of(), DEFAULT_MAX_CHARS); }
}
