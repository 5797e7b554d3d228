package org.rasd.spark;

/**
 * What a run did. Records read = articles + duplicates + rejected: nothing is lost.
 *
 * @param read            records read (including inputs that could not be read)
 * @param articles        distinct articles extracted (by content id)
 * @param duplicates      records whose article was already there (same content id)
 * @param rejected        records rejected, with their reasons in rejects/
 * @param sentences       sentences of the distinct articles
 * @param mentions        actor mentions
 * @param events          event rows
 * @param canonicalEvents events after cross-article deduplication
 * @param chars           characters of article text
 * @param seconds         wall time of the run
 */
public record JobSummary(long read, long articles, long duplicates, long rejected, long sentences, long mentions,
                         long events, long canonicalEvents, long chars, double seconds) {
    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"read\":%d,\"articles\":%d,\"duplicates\":%d,\"rejected\":%d,\"sentences\":%d,\"mentions\":%d,"
                        + "\"events\":%d,\"canonical_events\":%d,\"chars\":%d,\"seconds\":%.3f}",
                read, articles, duplicates, rejected, sentences, mentions, events, canonicalEvents, chars, seconds);
    }
}
