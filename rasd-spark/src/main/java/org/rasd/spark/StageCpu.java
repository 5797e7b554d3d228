package org.rasd.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * For benchmarks: a Spark listener that sums, for each completed stage, its tasks' run time and CPU time (as the
 * executors measure them) and remembers its job, so that a pass of the job can be read stage by stage: which
 * stage took the task threads' CPU, how many jobs and stages a pass runs, and how much is fixed cost.
 */
public final class StageCpu extends SparkListener {
    /** One completed stage: its job, id, name (Spark's call site), tasks, summed run time, CPU and GC time. */
    public record Stage(int job, int id, String name, int tasks, double runSeconds, double cpuSeconds, double gcSeconds,
                        long shuffleWriteBytes, long shuffleReadBytes) {}

    private final Map<Integer, Integer> jobOfStage = new ConcurrentHashMap<>();
    private final List<Stage> stages = new ArrayList<>();

    /** Registers a new listener on the context. */
    public static StageCpu attach(SparkContext sc) {
        StageCpu l = new StageCpu();
        sc.addSparkListener(l);
        return l;
    }

    /** Waits until the context's listeners have seen every event so far, removes this one, and returns the stages. */
    public List<Stage> detach(SparkContext sc) {
        try {
            sc.listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("rasd-spark: Spark's listeners are behind; the stage table may miss the last stages");
        }
        sc.removeSparkListener(this);
        synchronized (stages) {
            return List.copyOf(stages);
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        scala.collection.Iterator<Object> it = job.stageIds().iterator();
        while (it.hasNext()) jobOfStage.put((Integer) it.next(), job.jobId());
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo info = completed.stageInfo();
        TaskMetrics m = info.taskMetrics();
        Stage s = m == null
                ? new Stage(jobOfStage.getOrDefault(info.stageId(), -1), info.stageId(), info.name(), info.numTasks(), 0, 0, 0, 0, 0)
                : new Stage(jobOfStage.getOrDefault(info.stageId(), -1), info.stageId(), info.name(), info.numTasks(),
                        m.executorRunTime() / 1e3, (m.executorCpuTime() + m.executorDeserializeCpuTime()) / 1e9,
                        m.jvmGCTime() / 1e3, m.shuffleWriteMetrics().bytesWritten(), m.shuffleReadMetrics().totalBytesRead());
        synchronized (stages) {
            stages.add(s);
        }
    }

    /** The stages as text lines, then the jobs, stages, tasks and the sums. */
    public static String format(List<Stage> stages) {
        StringBuilder b = new StringBuilder();
        double run = 0, cpu = 0, gc = 0;
        int tasks = 0;
        java.util.Set<Integer> jobs = new java.util.TreeSet<>();
        b.append("    job stage tasks    run s    cpu s     gc s  shuffle w/r MB  name\n");
        for (Stage s : stages) {
            b.append(String.format(Locale.ROOT, "  %5d %5d %5d %8.2f %8.2f %8.2f  %6.1f/%6.1f  %s%n", s.job(), s.id(), s.tasks(),
                    s.runSeconds(), s.cpuSeconds(), s.gcSeconds(), s.shuffleWriteBytes() / 1e6, s.shuffleReadBytes() / 1e6, s.name()));
            run += s.runSeconds();
            cpu += s.cpuSeconds();
            gc += s.gcSeconds();
            tasks += s.tasks();
            jobs.add(s.job());
        }
        b.append(String.format(Locale.ROOT, "  %d jobs, %d stages, %d tasks: run %.2f s, CPU %.2f s, GC %.2f s%n", jobs.size(),
                stages.size(), tasks, run, cpu, gc));
        return b.toString();
    }
}
