package org.rasd.core;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times two builds of the engine in one JVM, the only fair comparison on a shared, loaded machine: each build's
 * classes (a class path, e.g. {@code rasd-cli/target/rasd.jar} of main and of a branch) are loaded in their own class
 * loader, together with the test classes, and a runner of each (a {@link LongSupplier} returning one round's thread
 * CPU nanoseconds, public, with a constructor of String arguments) is called in alternate order every round. Used by
 * the stage timers (ActorStageTiming, EventStageTiming, TextStageTiming); not a test.
 */
public final class SideBySide {
    private SideBySide() {}

    /**
     * Prints each round's two CPU times and their ratio, then the min and median of the rounds after {@code warmUp}.
     * {@code label} names the comparison in the summary line (may be empty).
     */
    public static void compare(Class<? extends LongSupplier> runner, String[] args, String cpA, String cpB, int rounds, int warmUp, String label) throws Exception {
        URL self = runner.getProtectionDomain().getCodeSource().getLocation();
        Class<?>[] types = new Class<?>[args.length];
        Arrays.fill(types, String.class);
        LongSupplier[] runners = new LongSupplier[2];
        String[] cps = {cpA, cpB};
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>(List.of(self));
            for (String p : cps[k].split(":")) urls.add(Path.of(p).toUri().toURL());
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            runners[k] = (LongSupplier) loader.loadClass(runner.getName()).getConstructor(types).newInstance((Object[]) args);
        }
        long[][] cpu = new long[2][rounds + 1];
        for (int round = 0; round <= rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (round & 1) == 0 ? k : 1 - k; // alternate who goes first
                cpu[which][round] = runners[which].getAsLong();
            }
            System.out.printf("round=%d A=%.3fs B=%.3fs B/A=%.3f%n", round, cpu[0][round] / 1e9, cpu[1][round] / 1e9, (double) cpu[1][round] / cpu[0][round]);
        }
        int from = Math.min(rounds, warmUp); // JIT warm-up
        long[] ma = Arrays.copyOfRange(cpu[0], from, rounds + 1), mb = Arrays.copyOfRange(cpu[1], from, rounds + 1);
        Arrays.sort(ma);
        Arrays.sort(mb);
        System.out.printf("rounds %d..%d%s: A min %.3fs median %.3fs, B min %.3fs median %.3fs%n", from, rounds,
                label.isEmpty() ? "" : " (" + label + ")", ma[0] / 1e9, ma[ma.length / 2] / 1e9, mb[0] / 1e9, mb[mb.length / 2] / 1e9);
    }
}
