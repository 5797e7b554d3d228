package org.rasd.core.io;

/**
 * How inputs are read.
 *
 * @param format   the format, or AUTO (by extension; by content for stdin and unknown extensions)
 * @param fields   JSON field names
 * @param maxBytes a file (text, HTML) or a JSON line longer than this is rejected (default 5 MB)
 */
public record InputOptions(InputFormat format, JsonFields fields, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public static InputOptions defaults() { return new InputOptions(InputFormat.AUTO, JsonFields.defaults(), DEFAULT_MAX_BYTES); }
}
