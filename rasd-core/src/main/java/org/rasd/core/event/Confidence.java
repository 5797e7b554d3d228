package org.rasd.core.event;

/** How sure a coded event is: starting from the entry's reliability, rounded to two decimals. */
final class Confidence {
    private Confidence() {}

    static double round(double d) { return Math.round(d * 100) / 100.0; }

    /** Clamped to [0.05, 1]. */
    static double clamp(double d) { return Math.max(0.05, Math.min(1.0, d)); }
}
