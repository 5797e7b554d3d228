package org.rasd.store;

import java.io.PrintStream;

/**
 * Ingest progress for people: on a terminal a bar redrawn in place (articles, articles/s, rejects, ETA when the total
 * is known); otherwise a plain line every {@code intervalSeconds}.
 */
public final class ConsoleProgress implements IngestProgress {
    private final PrintStream out;
    private final boolean terminal;
    private final long expected;
    private final double intervalSeconds;
    private double lastPrinted = -1;

    /** @param expected the number of records expected, or -1 when unknown */
    public ConsoleProgress(PrintStream out, boolean terminal, long expected, double intervalSeconds) {
        this.out = out;
        this.terminal = terminal;
        this.expected = expected;
        this.intervalSeconds = intervalSeconds;
    }

    @Override
    public void update(long done, long stored, long duplicates, long rejected, double seconds, boolean finished) {
        double rate = seconds > 0 ? done / seconds : 0;
        if (terminal) {
            if (!finished && seconds - lastPrinted < 0.2) return;
            lastPrinted = seconds;
            StringBuilder b = new StringBuilder("\r");
            if (expected > 0) {
                int w = 30, fill = (int) Math.min(w, w * done / expected);
                b.append('[').append("#".repeat(fill)).append(".".repeat(w - fill)).append("] ");
            }
            b.append(String.format("%d%s articles, %.0f/s, %d rejects", done, expected > 0 ? "/" + expected : "", rate, rejected));
            if (expected > 0 && rate > 0 && !finished) b.append(String.format(", ETA %ds", (long) Math.ceil((expected - done) / rate)));
            b.append("   ");
            out.print(b);
            if (finished) out.println();
            out.flush();
        } else if (finished || lastPrinted < 0 || seconds - lastPrinted >= intervalSeconds) {
            lastPrinted = seconds;
            out.printf("ingest: %d articles (%d stored, %d duplicate, %d rejected), %.0f articles/s, %.1f s%n",
                    done, stored, duplicates, rejected, rate, seconds);
            out.flush();
        }
    }
}
