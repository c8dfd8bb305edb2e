-- wrk script: search requests only (the stated HTTP target is for search).
-- usage: wrk -t2 -c32 -d60s --latency -s search.lua http://127.0.0.1:PORT
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local C = dofile(here .. "common.lua")

function setup(thread) C.setup_thread(thread) end

function init(args)
  math.randomseed(1000 + (thread_id or 0))
end

function request()
  return wrk.format("GET", C.search_path())
end

function done(summary, latency, requests)
  C.report("search", summary, latency)
end
