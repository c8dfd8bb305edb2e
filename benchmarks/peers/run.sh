#!/usr/bin/env bash
# The peer benchmark: Java Lucene 8.8 (Debian liblucene8-java), raw Lucene.Net 4.8 and our SearchService with the
# API's default request, on the same corpus file and the same query file, one thread each, engines alternating
# over rounds (each search run is its own process: one untimed pass, then the query list --repeat times).
# Prints every run's QPS, p50, p99 and the medians with ours ÷ Java. Indexes and the scaled corpus live in the
# work folder (outside the repository) and are reused when present; the commands are in benchmarks/README.md.
#
# Usage: benchmarks/peers/run.sh [--corpus F.jsonl[.gz]] [--scale N] [--queries F] [--work DIR]
#                                [--rounds R] [--repeat K] [--engines "java raw ours ours-bare"] [--reindex]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="$repo/../shared/data/reuters-21578.jsonl.gz"
queries="$repo/../shared/peers/queries-reuters.txt"
scale=10 work="${TMPDIR:-/tmp}/search-peers" rounds=3 repeat=20 engines="java raw ours" reindex=0
while (($#)); do
  case "$1" in
    --corpus) corpus="$2"; shift 2 ;;
    --scale) scale="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --engines) engines="$2"; shift 2 ;;
    --reindex) reindex=1; shift ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
  esac
done
corpus="$(realpath "$corpus")" queries="$(realpath "$queries")"
mkdir -p "$work"; work="$(realpath "$work")"

# Build both harnesses once, outside any timing.
if ! dpkg -s liblucene8-java >/dev/null 2>&1; then
  echo "liblucene8-java is not installed: apt-get update && apt-get install -y liblucene8-java" >&2; exit 1
fi
cp=""
for mod in core analyzers-common queryparser; do
  # Debian names the 8.8.1 jars after 8.7.0: match them by pattern.
  jar="$(dpkg -L liblucene8-java | grep -E "/java/lucene-${mod}-[0-9][0-9.]*\.jar$" | head -n1)"
  [[ -n "$jar" ]] || { echo "lucene-${mod} jar not found in liblucene8-java" >&2; exit 1; }
  cp="${cp:+$cp:}$jar"
done
mkdir -p "$work/java-build"
javac -nowarn -d "$work/java-build" -cp "$cp" "$repo/benchmarks/peers/java/PeerBench.java"
dotnet build "$repo/benchmarks/Search.Benchmarks" -c Release -nologo -v q >&2
dll="$repo/benchmarks/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll"

peer() { # engine command args...
  local engine="$1" command="$2"; shift 2
  case "$engine" in
    java) java ${JAVA_OPTS:-} -cp "$work/java-build:$cp" PeerBench "$command" "$@" ;;
    *) dotnet "$dll" peers "$command" --engine "$engine" "$@" ;;
  esac
}

# The corpus, repeated --scale times with ids suffixed ~0..~N-1 (Reuters x 10 = 215,780 articles).
if ((scale > 1)); then
  scaled="$work/$(basename "${corpus%%.jsonl*}")-x$scale.jsonl.gz"
  if [[ ! -s "$scaled" ]]; then
    python3 - "$corpus" "$scaled" "$scale" <<'PY'
import gzip, json, sys
src, dst, factor = sys.argv[1], sys.argv[2], int(sys.argv[3])
opener = lambda p, m: gzip.open(p, m + "t", encoding="utf-8") if p.endswith(".gz") else open(p, m, encoding="utf-8")
with opener(src, "r") as f:
    records = [json.loads(line) for line in f if line.strip()]
with opener(dst, "w") as out:
    for k in range(factor):
        for rec in records:
            out.write(json.dumps(dict(rec, id=f"{rec['id']}~{k}"), ensure_ascii=False) + "\n")
PY
  fi
  corpus="$scaled"
fi

{ echo "corpus: $corpus"; echo "queries: $queries"; java -version 2>&1 | head -1; dotnet --version; nproc; git -C "$repo" rev-parse --short HEAD; date -u; } | tee "$work/env.txt" >&2
for engine in $engines; do
  index_engine="${engine%%-*}"
  [[ "$index_engine" == "$engine" ]] || continue  # ours-bare, ours-facets, ours-snippets search the ours index
  if ((reindex)) || [[ ! -e "$work/idx-$engine/.built" ]]; then
    rm -rf "$work/idx-$engine"; mkdir -p "$work/idx-$engine"
    echo "== indexing $engine" >&2
    peer "$engine" index --corpus "$corpus" --index "$work/idx-$engine" | tee "$work/index-$engine.log" >&2
    touch "$work/idx-$engine/.built"
  fi
done

results="$work/results-$(date -u +%Y%m%dT%H%M%S).tsv"
read -r -a order <<< "$engines"
for ((r = 1; r <= rounds; r++)); do
  for engine in "${order[@]}"; do
    index="$work/idx-${engine%%-*}"
    log="$work/r$r-$engine.log"
    peer "$engine" search --index "$index" --queries "$queries" --repeat "$repeat" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    line="$(grep '^RESULT' "$log")"
    echo "round $r: $line" >&2
    printf '%s\t%s\n' "$r" "$line" >> "$results"
  done
  order=("${order[@]:1}" "${order[0]}")  # rotate, so no engine always runs first
done

python3 - "$results" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    runs.setdefault(fields["engine"], []).append(fields)
def med(engine, key): return statistics.median(float(f[key]) for f in runs[engine])
def span(engine, key):
    values = [float(f[key]) for f in runs[engine]]
    return f"{min(values):,.2f}–{max(values):,.2f}" if len(values) > 1 else f"{values[0]:,.2f}"
java = runs.get("java")
print(f"\n{'engine':<13} {'runs':>4} {'QPS':>9} {'p50 ms':>8} {'p99 ms':>8} {'mean hits':>10} {'÷ Java QPS':>10} {'CPU ms/q':>9} {'÷ Java CPU':>10}   QPS range")
for engine in runs:
    ratio = f"{med(engine, 'qps') / med('java', 'qps'):.2f}" if java else "-"
    cpu = f"{med('java', 'cpums') / med(engine, 'cpums'):.2f}" if java else "-"
    print(f"{engine:<13} {len(runs[engine]):>4} {med(engine, 'qps'):>9,.1f} {med(engine, 'p50'):>8.3f} {med(engine, 'p99'):>8.3f} "
          f"{med(engine, 'meanhits'):>10,.1f} {ratio:>10} {med(engine, 'cpums'):>9.3f} {cpu:>10}   {span(engine, 'qps')}")
print("(÷ Java CPU is Java's CPU per query over the engine's: above 1 means cheaper than Java, like the QPS ratio)")
print(f"\n(medians over rounds; every run in {sys.argv[1]})")
PY

# Where the gap is: each query's median latency (over repeats, then over rounds) per engine, the queries costing
# ours the most time over Java first.
python3 - "$work" "$rounds" $engines <<'PY'
import re, statistics, sys
work, rounds, engines = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
per = {}
for engine in engines:
    for r in range(1, rounds + 1):
        for line in open(f"{work}/r{r}-{engine}.log", encoding="utf-8"):
            m = re.match(r"QUERY p50=(\S+) q=(.*)$", line.rstrip("\n"))
            if m:
                per.setdefault(engine, {}).setdefault(m.group(2), []).append(float(m.group(1)))
if "java" in per and len(per) > 1:
    other = [e for e in engines if e != "java" and e in per]
    med = {e: {q: statistics.median(v) for q, v in per[e].items()} for e in per}
    target = other[-1]
    rows = sorted(med["java"], key=lambda q: med["java"][q] - med[target].get(q, 0))
    print(f"\nper query, median ms (the most costly for {target} against Java first):")
    print(f"{'query':<32} {'java':>7} " + " ".join(f"{e:>9}" for e in other) + f" {'÷ java':>7}")
    for q in rows[:20]:
        print(f"{q[:32]:<32} {med['java'][q]:>7.3f} " + " ".join(f"{med[e].get(q, float('nan')):>9.3f}" for e in other)
              + f" {med[target].get(q, float('nan')) / med['java'][q]:>7.2f}")
PY
