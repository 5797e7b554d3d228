package org.rasd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A description of the machine the figures were measured on. */
record Machine(String cpu, int cores, String memory, String os, String jvm, long maxHeap) {
    static Machine describe() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memTotal(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory());
    }

    private static String cpuModel() {
        for (String l : lines("/proc/cpuinfo")) {
            if (l.startsWith("model name")) return l.substring(l.indexOf(':') + 1).strip();
        }
        return "unknown CPU";
    }

    private static String memTotal() {
        for (String l : lines("/proc/meminfo")) {
            if (l.startsWith("MemTotal:")) {
                long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                return String.format(java.util.Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
