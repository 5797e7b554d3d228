#!/usr/bin/env bash
# Runs the benchmark harness: builds rasd-bench and rasd-spark (Spark stays in its own child JVM), then measures
# every stage on ../shared/data/news-bench/*.jsonl.gz (or the PATHs given) and writes BENCHMARKS.md at the root.
# Options: --passes N (default 3), --no-spark, --only spark (the Spark rows alone, printed; written only with --out),
# --spark-warmup N (untimed Spark passes after the first, before the timed ones; default 4), --out FILE, PATH...
# The benchmark JVM runs with a 512 MiB heap, the bar the issue sets for extraction (RASD_BENCH_HEAP overrides).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl rasd-bench,rasd-spark -am package >&2
exec java "-Xmx${RASD_BENCH_HEAP:-512m}" -jar rasd-bench/target/rasd-bench.jar --repo "$root" "$@"
