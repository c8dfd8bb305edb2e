-- wrk script: the reader mix. 70% search, 10% suggest, 20% related for random synthetic ids.
-- usage: wrk -t2 -c32 -d60s --latency -s mix.lua http://127.0.0.1:PORT -- CORPUS_SIZE
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local C = dofile(here .. "common.lua")
local threads = {}

function setup(thread)
  C.setup_thread(thread)
  table.insert(threads, thread)
end

function init(args)
  size = tonumber(args[1]) or 1000
  math.randomseed(2000 + (thread_id or 0))
  status_counts = {}
end

function request()
  local r = math.random(100)
  if r <= 70 then
    return wrk.format("GET", C.search_path())
  elseif r <= 80 then
    return wrk.format("GET", C.suggest_path())
  end
  return wrk.format("GET", C.related_path(size))
end

function response(status, headers, body)
  status_counts[status] = (status_counts[status] or 0) + 1
end

function done(summary, latency, requests)
  C.report("mix", summary, latency)
  local total = {}
  for _, t in ipairs(threads) do
    local counts = t:get("status_counts")
    for k, v in pairs(counts) do total[k] = (total[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, k .. "=" .. v) end
  table.sort(parts)
  io.write("STATUS mix " .. table.concat(parts, " ") .. "\n")
end
