#!/usr/bin/env bash
# HTTP load on loopback with h2load (Debian package nghttp2-client): the packaged service pinned to one CPU, the load
# generator to another. For each target: the maximum rate (closed loop, CLIENTS connections, HTTP/1.1), then an open
# loop at half that rate (h2load --rps over HTTP/2, evenly spaced) whose per-request log gives p50/p99/p99.9. Targets: GET /q/health (the floor:
# the service's cheapest endpoint, with its database check), POST /api/v1/evaluations and POST /api/v1/assessments
# (stores each one) on H2; then POST /api/v1/assessments and /q/health on PostgreSQL.
#
#   bench/http.sh                 builds both jars first (./mvnw package, tests skipped, ~3 min)
#   bench/http.sh --reuse         uses target/quarkus-app and target/quarkus-app-postgresql as they are
#   bench/http.sh --reuse --h2    H2 only (no PostgreSQL needed)
#
# Settings, from the environment: STEP_SECONDS (15: measured time per step), WARMUP_SECONDS (5, before each step),
# CLIENTS (16), SERVICE_CPU (1) and LOAD_CPU (0) for taskset (on one core machines both run unpinned), JAVA_OPTS
# (added to src/main/jvm/attest.jvm.options; JVM_OPTIONS=default leaves that file out).
# The rate limits are raised for the run (attest.rate-limit.*: 10^9 a minute), so that they measure, not refuse.
# Writes target/benchmarks/http-summary.tsv for bench/run-all.sh; logs and h2load output beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# The service runs with the options the Docker image uses (src/main/jvm/attest.jvm.options); JVM_OPTIONS=default
# measures it with the JVM's own defaults instead.
jvm_options=("@$root/src/main/jvm/attest.jvm.options")
[[ "${JVM_OPTIONS:-}" == default ]] && jvm_options=()

reuse=false
postgres=true
for arg in "$@"; do
    case "$arg" in
        --reuse) reuse=true ;;
        --h2) postgres=false ;;
        *) echo "unknown argument $arg" >&2; exit 2 ;;
    esac
done
if ! command -v h2load > /dev/null; then
    echo "h2load is missing: apt-get install -y nghttp2-client" >&2
    exit 2
fi
if [[ "$reuse" == false || ! -f target/quarkus-app/quarkus-run.jar \
        || ( "$postgres" == true && ! -f target/quarkus-app-postgresql/quarkus-run.jar ) ]]; then
    ./mvnw -B -q package -DskipITs -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
fi

step=${STEP_SECONDS:-15}
warmup=${WARMUP_SECONDS:-5}
clients=${CLIENTS:-16}
port=${PORT:-18182}
service_pin=()
load_pin=()
if [[ $(nproc) -ge 2 ]] && command -v taskset > /dev/null; then
    service_pin=(taskset -c "${SERVICE_CPU:-1}")
    load_pin=(taskset -c "${LOAD_CPU:-0}")
fi
out=target/benchmarks
mkdir -p "$out"
: > "$out/http-summary.tsv"
work=$(mktemp -d)
chmod 755 "$work"
admin_key=bench-admin-key
base="http://127.0.0.1:$port"
service=""
pg_data=""
pg_bin=""
cleanup() {
    if [[ -n "$service" ]]; then kill "$service" 2> /dev/null || true; wait "$service" 2> /dev/null || true; fi
    if [[ -n "$pg_data" ]]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -w -m immediate stop > /dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

start_service() { # jar, log name, extra -D options...
    local jar=$1 name=$2
    shift 2
    # shellcheck disable=SC2086
    "${service_pin[@]}" java "${jvm_options[@]}" ${JAVA_OPTS:-} -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
        -Dattest.rules.dir="$root/rules" -Dattest.questionnaires.dir="$root/questionnaires" \
        -Dattest.rules.cache-dir="$root/$out/rulebase-cache" -Dattest.admin.key="$admin_key" \
        -Dattest.rate-limit.open.requests-per-minute=1000000000 -Dattest.rate-limit.open.burst=1000000000 \
        -Dattest.rate-limit.keys.requests-per-minute=1000000000 -Dattest.rate-limit.keys.burst=1000000000 \
        -Dattest.schedule.cron=off -Dattest.webhooks.poll=off -Dattest.mail-outbox.poll=off \
        "$@" -jar "$jar" > "$out/http-$name.log" 2>&1 &
    service=$!
    for _ in $(seq 1 1500); do
        kill -0 "$service" 2> /dev/null || { echo "The service exited; see $out/http-$name.log" >&2; exit 1; }
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready" || true) == 200 ]] && return
        sleep 0.2
    done
    echo "The service was not ready in 5 minutes; see $out/http-$name.log" >&2
    exit 1
}

stop_service() {
    kill "$service"; wait "$service" 2> /dev/null || true; service=""
}

workspace_key() {
    curl -s -X POST "$base/api/v1/admin/workspaces" -H "Authorization: Bearer $admin_key" \
        -H 'Content-Type: application/json' --data '{"name": "Benchmark"}' \
        | grep -o '"key":"atk_[^"]*"' | head -1 | cut -d'"' -f4
}

# h2load against one path: "max" runs closed loop with $clients connections; "open" sends $rate requests/s in all.
run_h2load() { # mode, name, path, rate-or-empty, h2load options...
    local mode=$1 name=$2 path=$3 rate=$4
    shift 4
    local options=(-t 1 -D "$step" --warm-up-time "$warmup")
    if [[ "$mode" == open ]]; then
        # HTTP/2 (h2c): 4 connections with up to 64 requests in progress each, so requests go out evenly spaced at
        # the rate. Over HTTP/1.1, --rps sends from every connection in the same instant: a burst each period, whose
        # queue would be measured instead of the latency at that rate.
        options+=(-c 4 -m 64 --rps "$(echo "$rate / 4" | bc -l | xargs printf '%.2f')" --log-file "$out/http-$name-open.tsv")
    else
        options+=(--h1 -c "$clients")
    fi
    "${load_pin[@]}" h2load "${options[@]}" "$@" "$base$path" > "$out/http-$name-$mode.txt" 2>&1 || true
}

max_rate() { # name, path, h2load options...
    local name=$1 path=$2
    shift 2
    run_h2load max "$name" "$path" "" "$@"
    local file="$out/http-$name-max.txt"
    local rate ok total
    rate=$(awk '/^finished in/ {gsub(",", "", $4); print $4}' "$file")
    ok=$(awk '/^status codes:/ {print $3}' "$file")
    total=$(awk '/^requests:/ {print $2}' "$file")
    printf '%-28s %12s req/s   %8s of %8s 2xx   load %s\n' "$name max (closed loop)" "${rate:-?}" "${ok:-?}" "${total:-?}" "$(load)"
    echo -e "http.$name.max-rps\t${rate:-0}" >> "$out/http-summary.tsv"
    echo -e "http.$name.max-non2xx\t$(( ${total:-0} - ${ok:-0} ))" >> "$out/http-summary.tsv"
    last_max=${rate%.*}
}

open_loop() { # name, path, rate, h2load options...
    local name=$1 path=$2 rate=$3
    shift 3
    run_h2load open "$name" "$path" "$rate" "$@"
    local log="$out/http-$name-open.tsv" stats
    # Column 3: microseconds from sending the request to the end of its response.
    stats=$(awk -F'\t' '$2 >= 200 && $2 < 300 {print $3}' "$log" | sort -n | awk '
        function at(q,   i) { i = int(NR * q); if (i < 1) i = 1; return v[i] / 1000 }
        {v[NR] = $1}
        END { if (NR == 0) print "0 0 0 0"; else printf "%d %.2f %.2f %.2f\n", NR, at(0.50), at(0.99), at(0.999) }')
    local n p50 p99 p999 achieved failed
    read -r n p50 p99 p999 <<< "$stats"
    achieved=$(awk '/^finished in/ {gsub(",", "", $4); print $4}' "$out/http-$name-open.txt")
    failed=$(awk -F'\t' '$2 < 200 || $2 >= 300' "$log" | wc -l)
    printf '%-28s %12s req/s   p50 %7s ms  p99 %7s ms  p99.9 %7s ms  (%s ok, %s not 2xx)   load %s\n' \
        "$name open loop at $rate/s" "${achieved:-?}" "$p50" "$p99" "$p999" "$n" "$failed" "$(load)"
    {
        echo -e "http.$name.open-rps-target\t$rate"
        echo -e "http.$name.open-rps\t${achieved:-0}"
        echo -e "http.$name.open-p50-ms\t$p50"
        echo -e "http.$name.open-p99-ms\t$p99"
        echo -e "http.$name.open-non2xx\t$failed"
    } >> "$out/http-summary.tsv"
}

measure() { # name, path, h2load options...: max rate, then open loop at half of it
    local name=$1 path=$2
    shift 2
    last_max=""
    max_rate "$name" "$path" "$@"
    if [[ -n "$last_max" && "$last_max" -gt 1 ]]; then
        open_loop "$name" "$path" $(( last_max / 2 )) "$@"
    fi
}

json=(-H 'Content-Type: application/json' -d "$root/examples/shoe-shop.json")

echo "Machine: $(nproc) cores; service on CPU ${SERVICE_CPU:-1}, h2load on CPU ${LOAD_CPU:-0}; $clients connections;" \
    "${step}s per step after ${warmup}s warm-up; load average $(load)"

h2_url="jdbc:h2:file:$work/h2/attest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
start_service target/quarkus-app/quarkus-run.jar h2 -Dquarkus.datasource.jdbc.url="$h2_url"
key=$(workspace_key)
[[ -n "$key" ]] || { echo "Could not create a workspace; see $out/http-h2.log" >&2; exit 1; }
echo "H2 (file database, WRITE_DELAY=0 as in production):"
measure health-h2 /q/health
measure evaluations-h2 /api/v1/evaluations "${json[@]}"
measure assessments-h2 /api/v1/assessments "${json[@]}" -H "Authorization: Bearer $key"
echo -e "http.assessments-h2.stored\t$(curl -s "$base/api/v1/assessments?size=1" -H "Authorization: Bearer $key" \
    | grep -o '"total[A-Za-z]*":[0-9]*' | head -1 | cut -d: -f2)" >> "$out/http-summary.tsv"
stop_service

if [[ "$postgres" == true ]]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    pg_port=$(( port + 1 ))
    pg_data="$work/pg/data"
    mkdir -p "$work/pg"
    chown -R postgres:postgres "$work/pg"
    runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --no-locale > /dev/null
    # PostgreSQL's defaults (fsync and synchronous commits on), on the service's CPU.
    "${service_pin[@]}" runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -w -t 60 -l "$work/pg/server.log" \
        -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg" start > /dev/null
    start_service target/quarkus-app-postgresql/quarkus-run.jar postgresql \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$pg_port/postgres" \
        -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres
    key=$(workspace_key)
    [[ -n "$key" ]] || { echo "Could not create a workspace; see $out/http-postgresql.log" >&2; exit 1; }
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (default settings, fsync on), on the service's CPU:"
    measure health-postgresql /q/health
    measure assessments-postgresql /api/v1/assessments "${json[@]}" -H "Authorization: Bearer $key"
    stop_service
fi
echo "Load average after the run: $(load)"
