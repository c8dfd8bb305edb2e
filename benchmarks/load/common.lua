-- Helpers shared by the wrk scripts: URL encoding, the query list and request paths.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local M = {}

M.queries = dofile(here .. "queries.lua")
M.sections = { "politics", "world", "business", "technology", "health", "climate", "sport", "science" }

function M.urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- The long tail: every word of the head queries, to be paired at random ("drought inflation").
M.tail_words = {}
local seen = {}
for _, q in ipairs(M.queries) do
  for w in q:lower():gmatch("%a+") do
    if #w >= 3 and w ~= "or" and not seen[w] then seen[w] = true; M.tail_words[#M.tail_words + 1] = w end
  end
end

for i, q in ipairs(M.queries) do M.queries[i] = M.urlencode(q) end

-- Share of searches (percent) from the long tail of rarely repeated two-word queries; the rest come
-- from the head list, as a search box sees popular queries again and again. Half and half keeps the
-- result cache honest: it serves the head, the engine answers the tail.
M.TAIL_PERCENT = 50

function M.tail_query()
  local a = math.random(#M.tail_words)
  local b = math.random(#M.tail_words - 1)
  if b >= a then b = b + 1 end
  return M.urlencode(M.tail_words[a] .. " " .. M.tail_words[b])
end

-- A search request path: mostly plain, some with a section filter, newest-first sort or page 2.
function M.search_path()
  local q = math.random(100) <= M.TAIL_PERCENT and M.tail_query() or M.queries[math.random(#M.queries)]
  local r = math.random(100)
  if r <= 15 then
    return "/api/search?q=" .. q .. "&section=" .. M.sections[math.random(#M.sections)]
  elseif r <= 25 then
    return "/api/search?q=" .. q .. "&sort=newest"
  elseif r <= 35 then
    return "/api/search?q=" .. q .. "&page=2"
  elseif r <= 40 then
    return "/api/search?q=" .. q .. "&size=20"
  end
  return "/api/search?q=" .. q
end

local prefixes = { "chi", "rus", "ele", "ene", "wil", "ear", "foo", "mar", "tra", "inf", "ukr", "bra", "cea", "vac", "oil" }
function M.suggest_path()
  return "/api/suggest?q=" .. prefixes[math.random(#prefixes)]
end

function M.related_path(size)
  return string.format("/api/articles/syn-%07d/related?count=5", math.random(size))
end

function M.article_path(size)
  return string.format("/api/articles/syn-%07d", math.random(size))
end

-- Seeds each wrk thread differently but reproducibly.
M.thread_counter = 0
function M.setup_thread(thread)
  M.thread_counter = M.thread_counter + 1
  thread:set("thread_id", M.thread_counter)
end

-- Prints the block every script prints: throughput, percentiles, error counts.
function M.report(label, summary, latency)
  local secs = summary.duration / 1e6
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %s requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d connect=%d read=%d write=%d timeout=%d\n",
    label, summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    e.status, socket, e.connect, e.read, e.write, e.timeout))
end

return M
