#!/usr/bin/env bash
# JMH benchmarks of the engine (src/bench/java/dev/attest/bench): one evaluation of every examples/*.json with the
# full rulebase, validation + rules for the shoe shop, and how the cost grows with ~50/150/500 answers and with one,
# two or all packs. Prints p50, p99 and p99.9 per case in microseconds; writes target/benchmarks/engine-table.txt,
# engine-summary.tsv (read by bench/run-all.sh) and JMH's JSON (engine-*.json).
#
#   bench/engine.sh                 compiles the application (./mvnw compile) and the benchmarks, then runs them (~11 min)
#   bench/engine.sh --reuse         skips ./mvnw when target/classes and the classpath file are there
#   bench/engine.sh quick           shorter iterations, to try the script (not for figures)
#   bench/engine.sh profile=stack   adds a JMH profiler (stack, gc, jfr, ...)
#
# One benchmark thread; the JVM's compiler and GC threads may use the other cores. Needs only a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."

reuse=false
args=()
for arg in "$@"; do
    if [[ "$arg" == "--reuse" ]]; then reuse=true; else args+=("$arg"); fi
done

out=target/benchmarks
classpath_file=$out/bench-classpath.txt
mkdir -p "$out"
if [[ "$reuse" == false || ! -f "$classpath_file" || ! -d target/classes ]]; then
    ./mvnw -B -q -Pbench compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
fi
classpath="target/classes:$(cat "$classpath_file")"

rm -rf target/bench-classes
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "$classpath" $(find src/bench/java -name '*.java')

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
java -cp "target/bench-classes:$classpath" dev.attest.bench.EngineBenchmarks "${args[@]}"
echo "Machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
