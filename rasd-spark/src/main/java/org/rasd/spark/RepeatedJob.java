package org.rasd.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * For benchmarks: {@code RepeatedJob --passes N JOB-ARGS...} runs the job N times in one JVM and one Spark session
 * (the output is replaced each time, so the job arguments must include {@code --overwrite}), and prints for each pass
 * one JSON line: the job's summary with the pass number and the process CPU seconds it took. The first pass pays for
 * what a fresh JVM pays once (class loading, JIT compilation, Spark's code generation, the lexicons); the later ones
 * measure the steady state that a long-running cluster job is in for nearly all of its time. Each pass also prints on
 * stderr where its CPU went: by kind of thread ({@link ThreadCpu}: task threads, driver, JIT, GC, scheduler ...) and
 * by Spark stage ({@link StageCpu}: the tasks' run and CPU time).
 */
public final class RepeatedJob {
    private RepeatedJob() {}

    public static void main(String[] args) {
        if (args.length < 2 || !args[0].equals("--passes")) {
            System.err.println("usage: RepeatedJob --passes N JOB-ARGS... (with --overwrite)");
            System.exit(2);
        }
        int passes = Integer.parseInt(args[1]);
        JobArguments a = JobArguments.parse(Arrays.copyOfRange(args, 2, args.length));
        if (passes < 1 || (passes > 1 && !a.overwrite())) {
            System.err.println("RepeatedJob: --passes must be at least 1, and more than 1 needs --overwrite");
            System.exit(2);
        }
        SparkSession.Builder b = RasdSparkJob.withJobDefaults(SparkSession.builder().appName("rasd-repeated")
                .config("spark.sql.session.timeZone", "UTC"));
        if (a.master() != null) b = b.master(a.master());
        SparkSession spark = b.getOrCreate();
        ProcessClock.Reading started = ProcessClock.read();
        System.err.println("rasd-spark: Spark started " + started);
        try {
            for (int pass = 1; pass <= passes; pass++) {
                ProcessClock.Reading before = ProcessClock.read();
                ThreadCpu.Snapshot threadsBefore = ThreadCpu.take();
                StageCpu stageCpu = StageCpu.attach(spark.sparkContext());
                JobSummary s = RasdSparkJob.run(spark, a);
                ProcessClock.Reading cost = ProcessClock.read().since(before);
                Map<String, Double> byThread = ThreadCpu.byKind(threadsBefore, ThreadCpu.take());
                List<StageCpu.Stage> stages = stageCpu.detach(spark.sparkContext());
                System.err.printf("rasd-spark: pass %d, CPU seconds by thread:%n%s", pass, ThreadCpu.format(byThread));
                System.err.printf("rasd-spark: pass %d, by stage (executor run and CPU time, summed over tasks):%n%s", pass,
                        StageCpu.format(stages));
                String json = s.toJson();
                System.out.println(json.substring(0, json.length() - 1) + String.format(java.util.Locale.ROOT,
                        ",\"pass\":%d,\"cpu_seconds\":%.3f,\"startup_seconds\":%.3f,\"startup_cpu_seconds\":%.3f,"
                                + "\"task_cpu_seconds\":%.3f,\"task_thread_cpu_seconds\":%.3f,\"jobs\":%d,\"stages\":%d}",
                        pass, cost.cpuSeconds(), started.wallSeconds(), started.cpuSeconds(),
                        stages.stream().mapToDouble(StageCpu.Stage::cpuSeconds).sum(),
                        byThread.getOrDefault(ThreadCpu.TASK_THREADS, 0.0),
                        stages.stream().map(StageCpu.Stage::job).distinct().count(), stages.size()));
            }
        } finally {
            spark.stop();
        }
        System.exit(0);
    }
}
