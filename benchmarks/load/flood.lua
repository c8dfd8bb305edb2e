-- wrk script: a flood of anonymous drafts, POST /api/related with one heavy body (~200 KB of text, the
-- maximum of 100 pinned ids, 100 tags), the same body on every request. Counts statuses (2xx, 429, other).
-- usage: wrk -t2 -c32 -d20s -s flood.lua http://127.0.0.1:PORT -- CORPUS_SIZE [BODY_KB]
local threads = {}
local thread_counter = 0

function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("thread_id", thread_counter)
  table.insert(threads, thread)
end

local words = { "election", "trade", "energy", "wildfire", "earthquake", "football", "markets", "inflation",
  "ceasefire", "vaccine", "drought", "summit", "tariff", "pipeline", "satellite", "refugees", "coalition",
  "China", "Russia", "Brazil", "Kenya", "Japan", "Mexico", "Germany", "India", "Egypt", "Poland",
  "minister", "parliament", "council", "government", "protest", "agreement", "sanctions", "talks" }

local function text(bytes)
  local t, n = {}, 0
  while n < bytes do
    local w = words[math.random(#words)]
    t[#t + 1] = w
    n = n + #w + 1
  end
  return table.concat(t, " ")
end

function init(args)
  local size = tonumber(args[1]) or 1000
  local body_kb = tonumber(args[2]) or 200
  math.randomseed(3000 + (thread_id or 0))
  local related, tags = {}, {}
  for i = 1, 100 do
    related[i] = string.format('"syn-%07d"', math.random(size))
    tags[i] = '"' .. words[(i % #words) + 1] .. i .. '"'
  end
  -- The text is most of the body: BODY_KB kilobytes minus the title, pins and tags.
  local payload = string.format('{"title":"Draft: %s","body":"%s","section":"world","publishedAt":"2026-12-02T00:00:00Z","authors":["Flood Test"],"tags":[%s],"related":[%s]}',
    text(60), text(body_kb * 1024 - 4000), table.concat(tags, ","), table.concat(related, ","))
  req = wrk.format("POST", "/api/related?count=10", { ["Content-Type"] = "application/json" }, payload)
  body_bytes = #payload
  counts = { ok = 0, s429 = 0, other = 0 }
  other_statuses = {}
end

function request()
  return req
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    counts.ok = counts.ok + 1
  elseif status == 429 then
    counts.s429 = counts.s429 + 1
  else
    counts.other = counts.other + 1
    other_statuses[status] = (other_statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local t = { ok = 0, s429 = 0, other = 0 }
  local statuses = {}
  local bytes = 0
  for _, th in ipairs(threads) do
    local c = th:get("counts")
    for k, v in pairs(c) do t[k] = t[k] + v end
    for k, v in pairs(th:get("other_statuses")) do statuses[k] = (statuses[k] or 0) + v end
    bytes = th:get("body_bytes") or bytes
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  local parts = {}
  for k, v in pairs(statuses) do table.insert(parts, k .. ":" .. v) end
  table.sort(parts)
  io.write(string.format("FLOOD requests=%d seconds=%.1f rps=%.1f s2xx=%d s429=%d other=%d other_statuses=%s socket_errors=%d timeout=%d body_bytes=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, secs, summary.requests / secs, t.ok, t.s429, t.other,
    #parts > 0 and table.concat(parts, ",") or "-", socket, e.timeout, bytes,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
