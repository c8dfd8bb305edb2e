-- wrk script for the soak: a steady rate of searches (70%), related calls (20%) and authenticated
-- writes (8% PUT of soak-NNNNN articles, new or replacing, 2% DELETE), paced by delay().
-- usage: wrk -t1 -c16 -d60s -s soak.lua http://127.0.0.1:PORT -- CORPUS_SIZE MINUTE API_KEY RATE POOL
-- Pacing: delay() hands each request the next slot of a fixed schedule (RATE per second per wrk
-- thread, monotonic clock through LuaJIT's FFI), so the rate holds while latency stays under
-- connections / RATE seconds; a backlog is never replayed as a burst of more than one second.
-- Errors: socket errors, any 5xx, and any non-2xx except a 404 for a soak-* id (a delete or put race
-- on a missing article), which is expected.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local C = dofile(here .. "common.lua")
local threads = {}

function setup(thread)
  C.setup_thread(thread)
  table.insert(threads, thread)
end

local words = { "election", "trade", "energy", "wildfire", "earthquake", "football", "markets", "inflation",
  "ceasefire", "vaccine", "drought", "summit", "tariff", "pipeline", "satellite", "refugees", "coalition",
  "China", "Russia", "Brazil", "Kenya", "Japan", "Mexico", "Germany", "India", "Egypt", "Poland" }
local sections = { "politics", "world", "business", "technology", "health", "climate", "sport", "science" }

local function sentence(n)
  local t = {}
  for i = 1, n do t[i] = words[math.random(#words)] end
  t[1] = t[1]:sub(1, 1):upper() .. t[1]:sub(2)
  return table.concat(t, " ") .. "."
end

function init(args)
  size = tonumber(args[1]) or 1000
  minute = tonumber(args[2]) or 1
  key = args[3] or ""
  rate = tonumber(args[4]) or 50
  interval = 1000 / rate
  pool = tonumber(args[5]) or 2000
  math.randomseed(minute * 100 + (thread_id or 0))
  counts = { ok = 0, expected404 = 0, bad = 0, s5xx = 0, puts = 0, deletes = 0 }
  bad_statuses = {}
end

local ok, ffi = pcall(require, "ffi")
local now_ms
if ok then
  ffi.cdef[[
    typedef struct { long tv_sec; long tv_nsec; } soak_timespec;
    int clock_gettime(int clock_id, soak_timespec *tp);
  ]]
  local ts = ffi.new("soak_timespec")
  now_ms = function()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
end

function delay()
  if not now_ms then return math.floor(interval) end -- no FFI: a fixed pause per request
  local t = now_ms()
  next_at = (next_at or t) + interval
  if next_at < t - 1000 then next_at = t - 1000 end
  local d = next_at - t
  return d > 0 and math.floor(d) or 0
end

function request()
  local r = math.random(100)
  if r <= 70 then
    return wrk.format("GET", C.search_path())
  elseif r <= 90 then
    return wrk.format("GET", C.related_path(size))
  end
  local id = string.format("soak-%05d", math.random(pool))
  local headers = { ["X-Api-Key"] = key, ["Content-Type"] = "application/json" }
  if r <= 98 then
    counts.puts = counts.puts + 1
    local body = string.format('{"title":"%s","body":"%s %s %s","section":"%s","publishedAt":"%s","authors":["Soak Test"]}',
      sentence(6), sentence(12), sentence(15), sentence(10), sections[math.random(#sections)], os.date("!%Y-%m-%dT%H:%M:%SZ"))
    return wrk.format("PUT", "/api/articles/" .. id, headers, body)
  end
  counts.deletes = counts.deletes + 1
  return wrk.format("DELETE", "/api/articles/" .. id, headers)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    counts.ok = counts.ok + 1
  elseif status == 404 and body and body:find("soak%-") then
    counts.expected404 = counts.expected404 + 1
  else
    counts.bad = counts.bad + 1
    if status >= 500 then counts.s5xx = counts.s5xx + 1 end
    bad_statuses[status] = (bad_statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  C.report("soak", summary, latency)
  local t = { ok = 0, expected404 = 0, bad = 0, s5xx = 0, puts = 0, deletes = 0 }
  local statuses = {}
  for _, th in ipairs(threads) do
    local c = th:get("counts")
    for k, v in pairs(c) do t[k] = t[k] + v end
    for k, v in pairs(th:get("bad_statuses")) do statuses[k] = (statuses[k] or 0) + v end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local parts = {}
  for k, v in pairs(statuses) do table.insert(parts, k .. ":" .. v) end
  io.write(string.format("SOAK requests=%d ok=%d expected404=%d bad=%d s5xx=%d socket=%d errors=%d puts=%d deletes=%d bad_statuses=%s\n",
    summary.requests, t.ok, t.expected404, t.bad, t.s5xx, socket, t.bad + socket, t.puts, t.deletes,
    #parts > 0 and table.concat(parts, ",") or "-"))
end
