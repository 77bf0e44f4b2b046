#!/usr/bin/env bash
# Overload: the packaged application (H2 build) under twice its maximum rate of evaluations for a minute.
#
#   1. measures the maximum rate: POST /api/v1/evaluations (the shoe shop) in a closed loop, IN_FLIGHT requests at a
#      time (as many as the service takes at once by default, so none is refused), for 30 s; or takes MAX_RATE;
#   2. measures the latency at a quarter of that rate (the baseline);
#   3. offers twice the maximum rate for OVERLOAD_SECONDS, sampling the process's RSS;
#   4. right after, offers a quarter of the rate again and reports its latency by periods of 3 s (the recovery).
#   All load is h2load over HTTP/2 (h2c) on 4 connections; steps 2 to 4 at a constant rate (--rps), up to 64 requests
#   in progress per connection, so requests go out evenly spaced whatever the answers take. (Over HTTP/1.1, --rps
#   needs one connection per request in progress, and all connections send in the same instant: a burst every
#   period, not a rate.)
#   5. reports the share of 2xx / 429 / 503 / other answers and their latency, the largest RSS, and whether
#      OutOfMemoryError appears in the log. Exits non-zero if any answer was neither 2xx, 429 nor 503, or on an OOM.
#
#   bench/overload.sh            builds target/quarkus-app first (./mvnw package -DskipTests)
#   bench/overload.sh --reuse    reuses target/quarkus-app when it is there
#
# Per-address rate limits are switched off (attest.rate-limit.enabled=false, as behind a gateway that limits per
# client itself): from one address they would answer nearly everything 429 and hide the concurrency limit. Settings
# from the environment: APP_CPUS (0) and LOAD_CPUS (1), the cores the service and the load are pinned to with taskset;
# HEAP (512m), the service's -Xmx; OVERLOAD_SECONDS (60); PORT (18090); IN_FLIGHT (32); MAX_RATE (measured when
# unset); any JAVA_OPTS for the service, e.g. JAVA_OPTS=-Dattest.load-shedding.max-in-flight=100000 MAX_RATE=300 to
# offer the same load to the service without shedding.
# Needs h2load (Debian: nghttp2-client), taskset and python3. Results go to target/benchmarks/overload/.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_CPUS=${APP_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
HEAP=${HEAP:-512m}
OVERLOAD_SECONDS=${OVERLOAD_SECONDS:-60}
PORT=${PORT:-18090}
IN_FLIGHT=${IN_FLIGHT:-32}
out=target/benchmarks/overload
url=http://127.0.0.1:$PORT/api/v1/evaluations

if [[ "${1:-}" != "--reuse" || ! -f target/quarkus-app/quarkus-run.jar ]]; then
    ./mvnw -B -q package -DskipTests
fi
rm -rf "$out" && mkdir -p "$out/data"
cp examples/shoe-shop.json "$out/body.json"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
taskset -c "$APP_CPUS" java -Xmx"$HEAP" ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dattest.rate-limit.enabled=false \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$PWD/$out/data/attest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break
    kill -0 $app 2>/dev/null || { cat "$out/app.log"; exit 1; }
    sleep 1
done

load() { # load <name> <h2load options...>: one h2load run on 4 connections, per-request log in $out/<name>.tsv
    local name=$1; shift
    taskset -c "$LOAD_CPUS" h2load -c 4 -d "$out/body.json" -H 'Content-Type: application/json' \
        --log-file="$out/$name.tsv" "$@" "$url" > "$out/$name.txt"
}
open_loop() { # open_loop <name> <rate> <seconds>: evenly spaced requests
    load "$1" -m 64 --rps="$(python3 -c "print($2 / 4)")" -D "$3"
}
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$app/status"; }

echo "Warming up (20 s)…"
load warmup -m 2 -D 20
if [[ -n "${MAX_RATE:-}" ]]; then
    max_rate=$MAX_RATE
else
    echo "Maximum rate: closed loop, $IN_FLIGHT requests at a time, 30 s…"
    load max -m $((IN_FLIGHT / 4)) -D 30
    max_rate=$(python3 - "$out/max.tsv" <<'EOF'
import sys
rows = [line.split('\t') for line in open(sys.argv[1]) if line.strip()]
ok = [r for r in rows if r[1].startswith('2')]
span = (max(int(r[0]) + int(r[2]) for r in rows) - min(int(r[0]) for r in rows)) / 1e6
print(f"{len(ok) / span:.1f}")
EOF
    )
fi
echo "Maximum rate: $max_rate evaluations/s"

quarter=$(python3 -c "print(max(1.0, $max_rate / 4))")
echo "Baseline: $quarter/s for 15 s…"
open_loop baseline "$quarter" 15

target=$(python3 -c "print(2 * $max_rate)")
echo "Overload: $target/s for $OVERLOAD_SECONDS s…"
: > "$out/rss.txt"
( while kill -0 $app 2>/dev/null; do echo "$(date +%s) $(rss_mib)" >> "$out/rss.txt"; sleep 1; done ) &
sampler=$!
open_loop overload "$target" "$OVERLOAD_SECONDS"
echo "Recovery: $quarter/s for 15 s, straight after…"
open_loop recovery "$quarter" 15
kill $sampler 2>/dev/null || true
rss_after=$(rss_mib)

status=0
python3 - "$out" "$max_rate" "$target" "$OVERLOAD_SECONDS" "$rss_after" <<'EOF' || status=$?
import sys, collections
out, max_rate, target, seconds, rss_after = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

def rows(name):
    return [(int(a), int(b), int(c)) for a, b, c, *_ in (l.split('\t') for l in open(f"{out}/{name}.tsv") if l.strip())]

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] / 1000 if values else float('nan')

def latency(rs):
    ms = [r[2] for r in rs]
    return f"p50 {pct(ms, 50):.0f} ms, p99 {pct(ms, 99):.0f} ms, max {max(ms) / 1000 if ms else float('nan'):.0f} ms"

overload = rows('overload')
by_kind = collections.defaultdict(list)
for r in overload:
    kind = '2xx' if 200 <= r[1] < 300 else str(r[1]) if r[1] in (429, 503) else 'other'
    by_kind[kind].append(r)
print(f"\nMaximum rate: {max_rate:.1f} evaluations/s")
print(f"Baseline at {max_rate / 4:.1f}/s: {latency(rows('baseline'))}")
print(f"Overload: offered {target:.1f}/s for {seconds} s, sent {len(overload)} ({len(overload) / seconds:.1f}/s)")
for kind in ('2xx', '429', '503', 'other'):
    rs = by_kind.get(kind, [])
    share = 100 * len(rs) / len(overload) if overload else 0
    print(f"  {kind:5} {len(rs):7} ({share:5.1f} %)" + (f"  {latency(rs)}" if rs else ""))
served = by_kind.get('2xx', [])
print(f"  served {len(served) / seconds:.1f}/s")
recovery = rows('recovery')
start = min(r[0] for r in recovery)
print("Recovery at the baseline rate, by time after the overload ended:")
for second in range(0, 15, 3):
    window = [r for r in recovery if second <= (r[0] - start) / 1e6 < second + 3]
    if window:
        print(f"  {second:2}–{second + 3:2} s: {latency(window)}, {sum(1 for r in window if not 200 <= r[1] < 300)} not 2xx")
rss = [int(l.split()[1]) for l in open(f"{out}/rss.txt") if len(l.split()) == 2 and l.split()[1].isdigit()]
print(f"RSS: largest {max(rss)} MiB during the overload, {rss_after} MiB after")
oom = 'OutOfMemoryError' in open(f"{out}/app.log").read()
print("OutOfMemoryError in the log: " + ("YES" if oom else "none"))
sys.exit(1 if oom or by_kind.get('other') else 0)
EOF
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "service on CPU $APP_CPUS, load on CPU $LOAD_CPUS, -Xmx$HEAP"
exit $status
