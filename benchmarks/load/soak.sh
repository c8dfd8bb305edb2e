#!/usr/bin/env bash
# Bounded soak (issue 6.6): a steady rate of searches, related calls and authenticated writes against
# the Release service on 127.0.0.1 for N minutes (one paced wrk run per minute, soak.lua). Reports
# errors per minute and the service's RSS; PASS when there are 0 errors and RSS grows < 10% from
# minute 2 to the last minute.
#
# usage: benchmarks/load/soak.sh [--minutes 10] [--size 20000] [--rate 200] [--connections 4] [--seed 42]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MINUTES=10 SIZE=20000 RATE=200 CONNECTIONS=16 SEED=42 POOL=2000
ORIG_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) MINUTES="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$MINUTES" =~ ^[0-9]+$ && "$SIZE" =~ ^[0-9]+$ && "$RATE" =~ ^[0-9]+$ && "$CONNECTIONS" =~ ^[0-9]+$ ]] || { echo "numbers only" >&2; exit 2; }
(( MINUTES >= 2 && MINUTES <= 60 )) || { echo "--minutes must be 2..60 (growth is measured from minute 2)" >&2; exit 2; }
(( RATE >= 1 && RATE <= 5000 && CONNECTIONS >= 1 && CONNECTIONS <= 64 )) || { echo "--rate 1..5000, --connections 1..64" >&2; exit 2; }

hard_limit $(( 900 + SIZE / 200 + MINUTES * 90 )) "${ORIG_ARGS[@]}"
install_traps

ensure_tool wrk
ensure_tool jq
ensure_tool curl
build_release

RUN_DIR="$SCRATCH/runs/soak-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
CORPUS_DIR=$(ensure_corpus "$SIZE" "$SEED")
# The soak writes: it gets its own index folder, seeded from the load test's cached build when there is one.
INDEX_DIR="$RUN_DIR/index"
CACHED="$SCRATCH/index/n${SIZE}-s${SEED}-g$(generator_version)"
if [[ -s "$CACHED/current" && ! -s "$CACHED/api-writes.journal" ]]; then
  log "copying the cached index $CACHED"
  cp -a "$CACHED" "$INDEX_DIR"
fi
mkdir -p "$INDEX_DIR"

KEY="soak-$(date +%s)-$RANDOM$RANDOM"
PORT=$(free_port)
URL="http://$HOST:$PORT"

T0=$(now)
start_service "$PORT" "$CORPUS_DIR" "$INDEX_DIR" "$RUN_DIR/service.log" "$KEY"
start_rss_sampler "$SERVICE_PID" 10 "$RUN_DIR/rss.txt"
wait_ready "$PORT" $(( 300 + SIZE / 100 )) "$RUN_DIR/ready.json" || { tail -n 30 "$RUN_DIR/service.log" >&2; die "service not ready"; }
log "ready in $(elapsed "$T0")s with $(jq -r '.checks.index.data.articles' "$RUN_DIR/ready.json") articles; soaking for $MINUTES min at $RATE req/s ($CONNECTIONS connections)"

declare -a M_END M_REQ M_ERR M_404 M_P99 M_RPS M_PUT M_DEL M_BAD
for m in $(seq 1 "$MINUTES"); do
  out="$RUN_DIR/minute-$m.txt"
  timeout 120 wrk -t1 -c"$CONNECTIONS" -d60s --timeout 10s --latency -s "$LOAD_DIR/soak.lua" "$URL" \
    -- "$SIZE" "$m" "$KEY" "$RATE" "$POOL" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed in minute $m"; }
  M_END[m]=$(now)
  soak=$(grep '^SOAK ' "$out"); res=$(grep '^RESULT ' "$out")
  get() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }
  M_REQ[m]=$(get "$soak" requests); M_ERR[m]=$(get "$soak" errors); M_404[m]=$(get "$soak" expected404)
  M_PUT[m]=$(get "$soak" puts); M_DEL[m]=$(get "$soak" deletes); M_BAD[m]=$(get "$soak" bad_statuses)
  M_P99[m]=$(get "$res" p99_ms); M_RPS[m]=$(get "$res" rps)
  log "minute $m: ${M_REQ[m]} requests (${M_RPS[m]}/s), ${M_ERR[m]} errors, p99 ${M_P99[m]} ms"
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service died in minute $m (see $RUN_DIR/service.log)"
done
ALIVE=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$URL/health/ready" || true)
stop_rss_sampler

# RSS per minute: mean of the 10 s samples taken during that minute (and the last one).
START_LOAD="${M_END[1]}"; START_LOAD=$(awk -v e="$START_LOAD" 'BEGIN { printf "%.3f", e - 60 }')
rss_stats() { # rss_stats FROM TO -> "mean_kb last_kb"
  awk -v a="$1" -v b="$2" '$1 > a && $1 <= b { s += $2; n++; l = $2 } END { if (n) printf "%.0f %d\n", s / n, l; else print "0 0" }' "$RUN_DIR/rss.txt"
}
TOTAL_REQ=0 TOTAL_ERR=0 TOTAL_404=0
TABLE=""
prev="$START_LOAD"
for m in $(seq 1 "$MINUTES"); do
  read -r mean last < <(rss_stats "$prev" "${M_END[m]}")
  M_RSS[m]=$mean
  TOTAL_REQ=$(( TOTAL_REQ + M_REQ[m] )); TOTAL_ERR=$(( TOTAL_ERR + M_ERR[m] )); TOTAL_404=$(( TOTAL_404 + M_404[m] ))
  TABLE+=$(printf '| %d | %s | %s | %s | %s | %s/%s | %s | %s MiB | %s MiB |' "$m" "${M_REQ[m]}" "${M_RPS[m]}" "${M_ERR[m]}" "${M_BAD[m]}" \
    "${M_PUT[m]}" "${M_DEL[m]}" "${M_P99[m]}" "$(mib "$mean")" "$(mib "$last")")$'\n'
  prev="${M_END[m]}"
done
RSS2=${M_RSS[2]}; RSSN=${M_RSS[$MINUTES]}
GROWTH=$(awk -v a="$RSS2" -v b="$RSSN" 'BEGIN { if (a > 0) printf "%.1f", (b - a) * 100 / a; else print "nan" }')
HWM_KB=$(awk '$3 > m { m = $3 } END { print m + 0 }' "$RUN_DIR/rss.txt")
if (( TOTAL_ERR == 0 )) && [[ "$ALIVE" == 200 ]] && awk -v g="$GROWTH" 'BEGIN { exit !(g + 0 < 10) }'; then VERDICT=PASS; else VERDICT=FAIL; fi
ACHIEVED=$(awk -v n="$TOTAL_REQ" -v m="$MINUTES" 'BEGIN { printf "%.1f", n / (m * 60) }')
RATE_PCT=$(awk -v a="$ACHIEVED" -v r="$RATE" 'BEGIN { printf "%.0f", a * 100 / r }')
FAIL_LINES=$(grep -c '^fail:' "$RUN_DIR/service.log" || true)
HEALTH_FAILS=$(grep -A1 '^fail:' "$RUN_DIR/service.log" | grep -c 'Health check' || true)

{
  echo
  echo "===== SUMMARY: soak, $MINUTES min, $(printf "%'d" "$SIZE") articles ====="
  echo "$(machine_line)"
  echo "command: benchmarks/load/soak.sh ${ORIG_ARGS[*]}"
  echo "driver: wrk -t1 -c$CONNECTIONS paced by soak.lua to $RATE req/s (fixed schedule), one 60 s run per minute, on $URL"
  echo "mix: 70% search, 20% related, 8% PUT soak-00001..soak-$(printf '%05d' "$POOL") (insert or replace), 2% DELETE (404 on a missing soak id is expected, not an error)"
  echo
  echo "| minute | requests | req/s | errors | bad statuses | PUT/DELETE | p99 ms | RSS mean | RSS last |"
  echo "| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
  printf '%s' "$TABLE"
  echo
  echo "totals: $TOTAL_REQ requests, $TOTAL_ERR errors (socket errors, 5xx, unexpected non-2xx), $TOTAL_404 expected 404s; ready after the soak: $ALIVE"
  echo "service log: $FAIL_LINES fail lines ($HEALTH_FAILS of them readiness probes before the first build)"
  echo "RSS (mean over the minute): minute 2 $(mib "$RSS2") MiB, minute $MINUTES $(mib "$RSSN") MiB, growth ${GROWTH}%; VmHWM $(mib "$HWM_KB") MiB"
  echo "achieved rate: $ACHIEVED req/s over the run, $RATE_PCT% of the $RATE req/s target$(awk -v p="$RATE_PCT" 'BEGIN { if (p < 90) print " (below 90%: the service or the machine could not keep up; the soak ran at a lower rate than asked)" }')"
  echo "verdict (0 errors and RSS growth < 10% from minute 2 to minute $MINUTES): $VERDICT"
  echo "raw output: $RUN_DIR"
  echo "====="
} | tee "$RUN_DIR/summary.txt"
[[ $VERDICT == PASS ]]
