package org.rasd.spark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall time since the JVM started and CPU time of the whole process (every thread, user and system), for the job's
 * timing lines: on a machine shared with other work, CPU seconds say what the job cost where wall seconds only say how
 * long it waited.
 */
final class ProcessClock {
    private ProcessClock() {}

    /** A reading: seconds of wall time since the JVM started, seconds of process CPU time (negative if unknown). */
    record Reading(double wallSeconds, double cpuSeconds) {
        /** The difference from an earlier reading. */
        Reading since(Reading earlier) {
            return new Reading(wallSeconds - earlier.wallSeconds, cpuSeconds < 0 || earlier.cpuSeconds < 0 ? -1 : cpuSeconds - earlier.cpuSeconds);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "in %.1f s wall, %s", wallSeconds,
                    cpuSeconds < 0 ? "CPU time unknown" : String.format(Locale.ROOT, "%.1f s CPU (process)", cpuSeconds));
        }
    }

    static Reading read() {
        double wall = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        double cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) cpu = nanos / 1e9;
        }
        return new Reading(wall, cpu);
    }
}
