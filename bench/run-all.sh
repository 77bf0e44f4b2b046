#!/usr/bin/env bash
# The whole performance suite, then one table: metric, target, measured, met. Runs bench/engine.sh (JMH),
# bench/http.sh (h2load; H2 and PostgreSQL) and bench/startup.sh; with --schedule also bench/schedule-100k.sh
# (about 10 more minutes). Installs nothing: needs a JDK 17, h2load (apt-get install nghttp2-client), curl,
# taskset, bc and PostgreSQL's server binaries under /usr/lib/postgresql.
#
#   bench/run-all.sh                builds the application once (./mvnw package, tests skipped), then runs everything
#   bench/run-all.sh --reuse        uses the jars and classes in target/ as they are
#   bench/run-all.sh --schedule     adds the 100,000-organisation re-assessment run
#   bench/run-all.sh --table        only prints the table again from the last run's summaries
#
# Each script's own output is in target/benchmarks/run-all-<name>.txt; the table also goes to
# target/benchmarks/run-all.txt, with the machine and its load average.
set -euo pipefail
cd "$(dirname "$0")/.."

reuse=false
schedule=false
table_only=false
for arg in "$@"; do
    case "$arg" in
        --reuse) reuse=true ;;
        --table) table_only=true; reuse=true ;;
        --schedule) schedule=true ;;
        *) echo "unknown argument $arg" >&2; exit 2 ;;
    esac
done
out=target/benchmarks
mkdir -p "$out"
if [[ "$reuse" == false ]]; then
    ./mvnw -B -q package -DskipITs -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
run() { # name, command...
    local name=$1
    shift
    echo "== $name: $* (load average $(load))"
    if ! "$@" > "$out/run-all-$name.txt" 2>&1; then
        echo "   failed; see $out/run-all-$name.txt" >&2
    fi
    tail -n 25 "$out/run-all-$name.txt" | sed 's/^/   /'
}

started_load=$(load)
if [[ "$table_only" == false ]]; then
    rm -f "$out"/engine-summary.tsv "$out"/http-summary.tsv "$out"/startup-summary.tsv
    run startup bench/startup.sh --reuse
    run engine bench/engine.sh
    run http bench/http.sh --reuse
    if [[ "$schedule" == true ]]; then
        run schedule bench/schedule-100k.sh --reuse
    fi
fi

value() { # key: from the summaries, or empty
    cat "$out"/*-summary.tsv 2> /dev/null | awk -F'\t' -v key="$1" '$1 == key {value = $2} END {print value}'
}
rows=()
row() { # metric, target text, measured value, unit, comparison (le/ge, or "-" for a figure without a target), threshold
    local metric=$1 target=$2 measured=$3 unit=$4 compare=$5 threshold=$6 met
    [[ "$measured" =~ ^[0-9]+\.[0-9]{3,}$ ]] && measured=$(printf '%.2f' "$measured")
    if [[ -z "$measured" ]]; then
        met="not measured"
        measured="-"
    elif [[ "$compare" == - ]]; then
        met="-"
    elif [[ $(echo "$measured $([[ $compare == le ]] && echo '<=' || echo '>=') $threshold" | bc -l) == 1 ]]; then
        met=yes
    else
        met=no
    fi
    rows+=("$(printf '%-52s | %-16s | %-16s | %s' "$metric" "$target" "${measured:+$measured $unit}" "$met")")
}

half() { [[ -n "$1" ]] && echo "$1 / 2" | bc -l | xargs printf '%.0f' || echo 0; }
row "engine p50, shoe shop, full rulebase" "<= 50 µs" "$(value engine.p50.shoe-shop)" µs le 50
row "engine p99, shoe shop, full rulebase" "<= 250 µs" "$(value engine.p99.shoe-shop)" µs le 250
row "engine p50, worst example" "<= 50 µs" "$(value engine.p50.worst-example)" µs le 50
row "engine p99, worst example" "<= 250 µs" "$(value engine.p99.worst-example)" µs le 250
for answers in 50 150 500; do
    row "engine p50, ~$answers answers, all packs" "-" "$(value engine.scaling.p50.all.$answers)" µs - 0
done
for packs in gdpr gdpr+ccpa; do
    row "engine p50, ~150 answers, packs $packs" "-" "$(value engine.scaling.p50.$packs.150)" µs - 0
done
health=$(value http.health-h2.max-rps)
row "GET /q/health max, H2 build (the floor)" "-" "$health" req/s - 0
row "POST /api/v1/evaluations max" ">= $(half "$health") req/s" "$(value http.evaluations-h2.max-rps)" req/s ge "$(half "$health")"
row "POST /api/v1/assessments max, H2" ">= 800 req/s" "$(value http.assessments-h2.max-rps)" req/s ge 800
row "GET /q/health max, PostgreSQL build" "-" "$(value http.health-postgresql.max-rps)" req/s - 0
row "POST /api/v1/assessments max, PostgreSQL" "-" "$(value http.assessments-postgresql.max-rps)" req/s - 0
for name in health-h2 evaluations-h2 assessments-h2 health-postgresql assessments-postgresql; do
    row "p99 open loop at half max, $name" "< 20 ms" "$(value http.$name.open-p99-ms)" ms le 20
done
errors=0
for key in $(cat "$out"/http-summary.tsv 2> /dev/null | awk -F'\t' '$1 ~ /non2xx/ {print $1}'); do
    errors=$(( errors + $(value "$key") ))
done
row "HTTP answers other than 2xx, all steps" "0" "$errors" "" le 0
row "start-up to first evaluation, cold rules cache" "-" "$(value startup.cold.seconds)" s - 0
row "start-up to first evaluation, rules cached" "<= 3 s" "$(value startup.warm.seconds)" s le 3
row "RSS after start, rules cached" "<= 250 MB" "$(value startup.warm.rss-mb)" MB le 250
row "RSS after 2,000 more evaluations" "-" "$(value startup.warm.rss-after-load-mb)" MB - 0

{
    echo
    echo "Attest performance suite, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
        "$(java -version 2>&1 | head -1)"
    echo "Load average: $started_load at the start, $(load) at the end"
    printf '%-52s | %-16s | %-16s | %s\n' metric target measured met?
    printf '%s\n' "$(printf '%.0s-' {1..100})"
    printf '%s\n' "${rows[@]}"
} | tee "$out/run-all.txt"
