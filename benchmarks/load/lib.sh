# Shared helpers for the load, soak and crash scripts. Sourced, not run.
# Everything here binds and targets 127.0.0.1 only, and every wait has a time bound.

LOAD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOAD_DIR/../.." && pwd)"
SCRATCH="${TMPDIR:-/tmp}/search-load"
API_DIR="$REPO_ROOT/src/Search.Api/bin/Release/net10.0"
API_BIN="$API_DIR/Search.Api"
CLI_BIN="$REPO_ROOT/src/Search.Cli/bin/Release/net10.0/Search.Cli"
HOST=127.0.0.1

SERVICE_PID=""
SAMPLER_PID=""
WATCHDOG_PID=""
EXTRA_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# Re-runs the calling script under `timeout` once its arguments are known, so no run outlives its bound.
# usage: hard_limit SECONDS "$@"   (call after parsing arguments, before doing any work)
hard_limit() {
  local seconds="$1"; shift
  if [[ -z "${SEARCH_LOAD_BOUNDED:-}" ]]; then
    export SEARCH_LOAD_BOUNDED="$seconds"
    export SEARCH_LOAD_DEADLINE=$(( $(date +%s) + seconds ))
    exec timeout --kill-after=30 "$seconds" "$0" "$@"
  fi
}

ensure_tool() { # ensure_tool COMMAND [DEBIAN_PACKAGE]
  local cmd="$1" pkg="${2:-$1}"
  if ! command -v "$cmd" >/dev/null 2>&1; then
    log "installing $pkg from Debian"
    if [[ $(id -u) -eq 0 ]]; then
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    else
      sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    fi
    command -v "$cmd" >/dev/null 2>&1 || die "could not install $pkg"
  fi
}

build_release() {
  log "building Release (Search.Api, Search.Cli)"
  (cd "$REPO_ROOT" && timeout 900 dotnet build -c Release -nologo -v q src/Search.Api >/dev/null \
    && timeout 900 dotnet build -c Release -nologo -v q src/Search.Cli >/dev/null) \
    || die "Release build failed (run: dotnet build -c Release src/Search.Api)"
  [[ -x "$API_BIN" && -x "$CLI_BIN" ]] || die "missing $API_BIN or $CLI_BIN after the build"
}

# The synthetic generator's source version: a cached corpus is reused only for the same generator.
generator_version() {
  (cd "$REPO_ROOT" && git ls-files -s src/Search.Synthetic 2>/dev/null | sha1sum | cut -c1-10)
}

# ensure_corpus SIZE SEED -> prints the corpus folder (holding corpus.jsonl.gz only), generating it once.
ensure_corpus() {
  local size="$1" seed="$2" dir tmp
  dir="$SCRATCH/corpus/n${size}-s${seed}-g$(generator_version)"
  if [[ ! -s "$dir/corpus.jsonl.gz" ]]; then
    log "generating $size articles (seed $seed) into $dir"
    tmp="$SCRATCH/corpus/.tmp-$$"
    rm -rf "$tmp"; mkdir -p "$tmp"
    local t0; t0=$(now)
    timeout 3600 "$CLI_BIN" generate --count "$size" --seed "$seed" --out "$tmp/corpus.jsonl.gz" >&2 \
      || { rm -rf "$tmp"; die "corpus generation failed"; }
    rm -rf "$dir"; mkdir -p "$(dirname "$dir")"; mv "$tmp" "$dir"
    log "generated in $(elapsed "$t0") s"
  else
    log "reusing cached corpus $dir"
  fi
  printf '%s\n' "$dir"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
      printf '%s\n' "$port"; return 0
    fi
  done
  die "no free port found"
}

# start_service PORT CORPUS_DIR INDEX_DIR LOG_FILE [API_KEY] [extra --Key=Value args...]
# Runs the built apphost directly (so kill -9 hits the service, not a dotnet driver). Sets SERVICE_PID.
start_service() {
  local port="$1" corpus="$2" index="$3" logfile="$4" key="${5:-}"
  shift 4; [[ $# -gt 0 ]] && shift
  local args=(--contentRoot "$API_DIR" --urls "http://$HOST:$port"
              "--Search:CorpusPath=$corpus" "--Search:IndexPath=$index")
  [[ -n "$key" ]] && args+=("--Search:ApiKey=$key")
  "$API_BIN" "${args[@]}" "$@" >>"$logfile" 2>&1 &
  SERVICE_PID=$!
  # Watchdog: even if this script is killed outright, the service does not outlive the hard bound.
  local pid="$SERVICE_PID" wait_s=$(( ${SEARCH_LOAD_DEADLINE:-$(( $(date +%s) + 3600 ))} - $(date +%s) + 5 ))
  ( exec >/dev/null 2>&1
    trap 'kill "$s" 2>/dev/null; exit 0' TERM
    sleep "$wait_s" & s=$!; wait "$s"
    if grep -q Search.Api "/proc/$pid/cmdline" 2>/dev/null; then kill -KILL "$pid"; fi ) &
  WATCHDOG_PID=$!
}

# wait_ready PORT TIMEOUT_S [OUT_JSON] -> 0 when /health/ready is 200; 1 on timeout or if the service died.
wait_ready() {
  local port="$1" limit="$2" out="${3:-/dev/null}" code start
  start=$(now)
  while :; do
    if [[ -n "$SERVICE_PID" ]] && ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      log "the service (pid $SERVICE_PID) exited while waiting for readiness"; return 1
    fi
    code=$(curl -s -m 2 -o "$out" -w '%{http_code}' "http://$HOST:$port/health/ready" || true)
    [[ "$code" == 200 ]] && return 0
    if awk -v s="$start" -v n="$(now)" -v l="$limit" 'BEGIN { exit !(n - s > l) }'; then
      log "not ready after ${limit}s (last status $code)"; return 1
    fi
    sleep 0.05
  done
}

# stop_service [SIGNAL]: TERM (graceful, 20 s bound, then KILL) or KILL.
stop_service() {
  local sig="${1:-TERM}" pid="$SERVICE_PID"
  [[ -z "$pid" ]] && return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "service $pid did not stop on $sig in 20 s; killing"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
  SERVICE_PID=""
  if [[ -n "$WATCHDOG_PID" ]]; then
    kill "$WATCHDOG_PID" 2>/dev/null || true
    wait "$WATCHDOG_PID" 2>/dev/null || true
    WATCHDOG_PID=""
  fi
}

# start_rss_sampler PID INTERVAL_S OUT_FILE: writes "epoch_seconds vmrss_kb vmhwm_kb" lines until PID exits.
start_rss_sampler() {
  local pid="$1" interval="$2" out="$3"
  (
    while [[ -r "/proc/$pid/status" ]]; do
      rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      if [[ -n "$rss" ]]; then printf '%s %s %s\n' "$(date +%s.%N)" "$rss" "$hwm"; fi
      sleep "$interval"
    done
  ) >"$out" 2>/dev/null &
  SAMPLER_PID=$!
}

stop_rss_sampler() {
  if [[ -n "$SAMPLER_PID" ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
  fi
}

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

cleanup() {
  local rc=$?
  stop_rss_sampler
  for p in "${EXTRA_PIDS[@]:-}"; do
    [[ -n "$p" ]] && kill "$p" 2>/dev/null || true
  done
  stop_service TERM
  exit "$rc"
}

install_traps() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

machine_line() {
  printf 'date: %s | host nproc: %s | load avg: %s | commit: %s\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
}
