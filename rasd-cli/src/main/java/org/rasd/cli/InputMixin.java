package org.rasd.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rasd.core.ExtractorOptions;
import org.rasd.core.io.InputFormat;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.JsonFields;
import picocli.CommandLine.Option;

/** The input and lexicon options shared by the commands that read articles. */
public final class InputMixin {
    @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto (default: by extension), txt, jsonl, html, xml")
    String format = "auto";

    @Option(names = "--field", paramLabel = "PART=NAME[,NAME]", description = "JSON field names: id, title, text, url, source, date, author (e.g. --field text=body)")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--max-bytes", paramLabel = "N", description = "reject documents larger than N bytes (default: ${DEFAULT-VALUE})")
    long maxBytes = InputOptions.DEFAULT_MAX_BYTES;

    @picocli.CommandLine.Mixin
    LexiconMixin lexicons;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /** The input options; a bad format or field name is a usage error (exit code 2). */
    public InputOptions inputOptions() {
        try {
            return new InputOptions(InputFormat.parse(format), JsonFields.defaults().with(fields), maxBytes);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    public ExtractorOptions extractorOptions() {
        return lexicons.extractorOptions((int) Math.min(Integer.MAX_VALUE, maxBytes));
    }
}
