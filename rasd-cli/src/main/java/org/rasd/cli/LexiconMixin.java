package org.rasd.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasd.core.Extractor;
import org.rasd.core.ExtractorOptions;
import org.rasd.core.lexicon.LexiconSource;
import picocli.CommandLine.Option;

/** The {@code --lexicon DIR} option of every command that loads lexicons. */
public final class LexiconMixin {
    @Option(names = "--lexicon", paramLabel = "DIR", description = "a directory of lexicon files added on top of the built-in ones (repeatable)")
    List<Path> dirs = new ArrayList<>();

    LexiconSource source() { return LexiconSource.withUserDirs(dirs); }

    ExtractorOptions extractorOptions(int maxChars) { return new ExtractorOptions(dirs, maxChars); }

    /** The pipeline with the built-in lexicons and the user's, and the default document size limit. */
    Extractor extractor() { return Extractor.load(extractorOptions(ExtractorOptions.DEFAULT_MAX_CHARS)); }
}
