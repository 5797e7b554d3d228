package org.rasd.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for all the tests of this module (starting Spark costs seconds). */
final class SparkSessions {
    private static SparkSession spark;

    private SparkSessions() {}

    static synchronized SparkSession local2() {
        if (spark == null) {
            spark = RasdSparkJob.withJobDefaults(SparkSession.builder()).master("local[2]").appName("rasd-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }
}
