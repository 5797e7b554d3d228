package org.rasd.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.ExtractorOptions;
import org.rasd.core.io.InputFormat;
import org.rasd.core.io.InputOptions;
import org.rasd.core.io.JsonFields;

/**
 * What the executors need to read and extract, in a serialisable form (paths as strings: lexicon directories must
 * exist on every executor's local file system, e.g. shipped with {@code spark-submit --archives}).
 *
 * @param inputFormat auto, txt, jsonl, html, xml (as {@code rasd extract --input-format}) or parquet
 * @param fields      JSON / Parquet field-name overrides, {@code part -> name[,name]}
 * @param maxBytes    larger records are rejected
 * @param lexiconDirs user lexicon directories added on top of the built-in ones
 */
public record JobSettings(String inputFormat, Map<String, String> fields, long maxBytes, List<String> lexiconDirs)
        implements Serializable {
    public JobSettings {
        inputFormat = inputFormat == null ? "auto" : inputFormat;
        fields = Map.copyOf(new LinkedHashMap<>(fields));
        lexiconDirs = List.copyOf(lexiconDirs);
        if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive");
        if (!inputFormat.equalsIgnoreCase("parquet")) InputFormat.parse(inputFormat); // fail on the driver, with the list of formats
        JsonFields.defaults().with(fields); // same: unknown record parts fail early
    }

    public static JobSettings defaults() {
        return new JobSettings("auto", Map.of(), InputOptions.DEFAULT_MAX_BYTES, List.of());
    }

    public boolean isParquet() { return inputFormat.equalsIgnoreCase("parquet"); }

    public JsonFields jsonFields() { return JsonFields.defaults().with(fields); }

    /** The core's reading options (for parquet inputs, only the field names matter). */
    public InputOptions inputOptions() {
        return new InputOptions(isParquet() ? InputFormat.AUTO : InputFormat.parse(inputFormat), jsonFields(), maxBytes);
    }

    public ExtractorOptions extractorOptions() {
        return new ExtractorOptions(lexiconDirs.stream().map(Path::of).toList(), (int) Math.min(Integer.MAX_VALUE, maxBytes));
    }
}
