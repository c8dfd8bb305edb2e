-- wrk script: the first seconds after /health/ready (ready.sh): a fixed mix of 12 Reuters-21578 queries, cycled,
-- so after the first pass every answer could come from the result cache.
local queries = {
  "oil", "coffee", "opec output", "\"bank of england\"", "interest rates", "trade deficit",
  "wheat", "sugar prices", "japan", "dollar", "gold", "quarterly earnings",
}
local n = 0

function request()
  n = n + 1
  local q = queries[(n % #queries) + 1]
  return wrk.format("GET", "/api/search?q=" .. q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d non2xx=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, (summary.errors.status or 0), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
