package org.rasd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkChildTest {
    @Test
    void readsTheChildsTablesOfCpuByThreadPassByPassPastSparksOwnLogLines() {
        List<String> log = List.of(
                "26/11/29 11:00:00 INFO SparkContext: Running Spark version 4.1.1",
                "rasd-spark: pass 1, CPU seconds by thread:",
                "    24.27 s  JIT compiler",
                "26/11/29 11:00:01 INFO DAGScheduler: Job 4 finished",
                "    13.95 s  task threads (Executor task launch worker)",
                "     0.03 s  ended or unattributed",
                "    47.39 s  process",
                "     9.99 s  not a row of a table",
                "rasd-spark: pass 2, CPU seconds by thread:",
                "     7.06 s  task threads (Executor task launch worker)",
                "    17.05 s  process");
        List<Map<String, Double>> tables = SparkChild.cpuByThread(log);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0)).containsExactly(Map.entry("JIT compiler", 24.27),
                Map.entry("task threads (Executor task launch worker)", 13.95), Map.entry("ended or unattributed", 0.03),
                Map.entry("process", 47.39));
        assertThat(tables.get(1)).containsOnlyKeys("task threads (Executor task launch worker)", "process");
        SparkChild.Pass p = new SparkChild.Pass(1, 2, "{}", tables.get(0));
        assertThat(p.cpuByThreadLine()).isEqualTo("24.3 s JIT compiler, 14.0 s task threads (Executor task launch worker)");
    }
}
