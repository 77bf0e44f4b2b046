#!/usr/bin/env bash
# Start-up of the packaged H2 build with the full rulebase: the time from `java -jar` to the first 200 from
# POST /api/v1/evaluations (which needs the rulebase) with examples/shoe-shop.json, and the resident memory (VmRSS of
# /proc/<pid>/status) right after that and after 2,000 more evaluations (h2load, 4 connections; 200 one at a time
# with curl when h2load is missing). Each run uses a fresh data folder; the
# first run compiles the rules (cold cache), the next ones start from the compiled rules kept in that run's cache
# folder (warm cache), as a restarted service does.
#
#   bench/startup.sh             builds the jar (./mvnw package -DskipTests) first
#   bench/startup.sh --reuse     uses target/quarkus-app as it is
#
# Settings, from the environment: RUNS (3: one cold, then warm), PORT (18181), JAVA_OPTS (added to
# src/main/jvm/attest.jvm.options; JVM_OPTIONS=default leaves that file out), SERVICE_CPU (a CPU
# to pin the service to with taskset, as bench/http.sh does; unset: both cores, as a service starts).
# Writes target/benchmarks/startup-summary.tsv for bench/run-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# The service runs with the options the Docker image uses (src/main/jvm/attest.jvm.options); JVM_OPTIONS=default
# measures it with the JVM's own defaults instead.
jvm_options=("@$root/src/main/jvm/attest.jvm.options")
[[ "${JVM_OPTIONS:-}" == default ]] && jvm_options=()

if [[ "${1:-}" != "--reuse" || ! -f target/quarkus-app/quarkus-run.jar ]]; then
    ./mvnw -B -q package -DskipTests -DskipITs
fi

runs=${RUNS:-3}
port=${PORT:-18181}
cpus=$(nproc)
service_cpu=${SERVICE_CPU:-}
pin=()
if [[ -n "$service_cpu" ]] && command -v taskset > /dev/null; then pin=(taskset -c "$service_cpu"); fi
out=target/benchmarks
mkdir -p "$out"
work=$(mktemp -d)
pid=""
cleanup() {
    if [[ -n "$pid" ]]; then kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
evaluate() {
    curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/v1/evaluations" \
        -H 'Content-Type: application/json' --data-binary @examples/shoe-shop.json || true
}

echo "Machine: $cpus cores, service on CPU ${service_cpu:-any}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-11s %16s %14s %20s %14s\n' run cache "first 200 (s)" "RSS (MB)" "RSS after load (MB)" "load average"
summary=()
for run in $(seq 1 "$runs"); do
    cache=$([[ $run -eq 1 ]] && echo cold || echo warm)
    mkdir -p "$work/data"
    started=$(now)
    # shellcheck disable=SC2086
    "${pin[@]}" java "${jvm_options[@]}" ${JAVA_OPTS:-} -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
        -Dattest.rules.dir="$root/rules" -Dattest.questionnaires.dir="$root/questionnaires" \
        -Dattest.rules.cache-dir="$work/cache" \
        -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/data/attest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
        -Dattest.rate-limit.enabled=false \
        -jar target/quarkus-app/quarkus-run.jar > "$out/startup-run$run.log" 2>&1 &
    pid=$!
    code=000
    for _ in $(seq 1 3000); do
        kill -0 "$pid" 2> /dev/null || break
        code=$(evaluate)
        [[ "$code" == 200 ]] && break
        sleep 0.02
    done
    first=$(echo "$(now) - $started" | bc)
    if [[ "$code" != 200 ]]; then
        echo "The service did not answer 200 (last: $code); see $out/startup-run$run.log" >&2
        exit 1
    fi
    rss=$(rss_mb "$pid")
    if command -v h2load > /dev/null; then
        after=2000
        h2load --h1 -n "$after" -c 4 -H 'Content-Type: application/json' -d examples/shoe-shop.json \
            "http://127.0.0.1:$port/api/v1/evaluations" > "$out/startup-run$run-load.txt" 2>&1 || true
    else
        after=200
        for _ in $(seq 1 "$after"); do evaluate > /dev/null; done
    fi
    rss_after=$(rss_mb "$pid")
    printf '%-6s %-11s %16.2f %14s %20s %14s\n' "$run" "$cache" "$first" "$rss" "$rss_after" "$(cut -d' ' -f1-3 /proc/loadavg)"
    summary+=("startup.$cache.seconds	$first" "startup.$cache.rss-mb	$rss" "startup.$cache.rss-after-load-mb	$rss_after")
    kill "$pid"; wait "$pid" 2> /dev/null || true; pid=""
    rm -rf "$work/data"
done
# The last run of each kind is the one reported.
printf '%s\n' "${summary[@]}" > "$out/startup-summary.tsv"
