#!/usr/bin/env bash
# Times one run of the re-assessment job over 100,000 due organisations: a fresh PostgreSQL in a temporary folder,
# one instance of the PostgreSQL build, the organisations seeded in bulk SQL, then POST /api/v1/admin/reassessments/runs
# timed (dev.attest.bench.ScheduleBenchmark). Prints the duration, the rate and the run; checks the counts.
#
#   bench/schedule-100k.sh            builds both jars first (./mvnw verify, ~2 min), then runs the benchmark
#   bench/schedule-100k.sh --reuse    reuses target/quarkus-app-postgresql when it is there
#
# Settings, from the environment: ORGANISATIONS (100000), WORKERS and BATCH_SIZE (attest.schedule.workers and
# .batch-size; the job's defaults when unset), THREAD_DUMPS (seconds between jcmd Thread.print samples of the
# instance, written to target/benchmarks; 0 for none). Needs PostgreSQL's binaries under /usr/lib/postgresql.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--reuse" && -f target/quarkus-app-postgresql/quarkus-run.jar ]]; then
    goals=(test-compile failsafe:integration-test failsafe:verify)
else
    goals=(verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false)
fi

rm -f target/benchmarks/schedule-100k.txt
./mvnw -B "${goals[@]}" -Dit.test=ScheduleBenchmark \
    -Dbench.organisations="${ORGANISATIONS:-100000}" \
    -Dbench.workers="${WORKERS:-}" \
    -Dbench.batch-size="${BATCH_SIZE:-}" \
    -Dbench.thread-dumps="${THREAD_DUMPS:-0}"

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/benchmarks/schedule-100k.txt
