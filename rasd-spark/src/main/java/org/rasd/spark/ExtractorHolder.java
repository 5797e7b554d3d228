package org.rasd.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.rasd.core.Extractor;
import org.rasd.core.ExtractorOptions;

/**
 * One {@link Extractor} per JVM and options: lexicons are loaded the first time an executor needs them, then shared
 * by every task (and thread) of that executor. The Extractor is thread-safe.
 */
public final class ExtractorHolder {
    private static final ConcurrentHashMap<ExtractorOptions, Extractor> LOADED = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExtractorHolder() {}

    public static Extractor get(ExtractorOptions options) {
        return LOADED.computeIfAbsent(options, o -> {
            LOADS.incrementAndGet();
            return Extractor.load(o);
        });
    }

    /** How many times lexicons were loaded in this JVM (one per distinct options). */
    public static int loads() { return LOADS.get(); }
}
