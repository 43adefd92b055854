-- wrk script: the q09 point lookup with a different event IRI on every request, so that no cache
-- of results (or of responses) can answer it. usage: wrk ... -s wrk-varying-event.lua URL -- EVENTS
local events = 1000
local counter = 0
local template = [[PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX lr: <https://example.org/lr/>
SELECT ?label ?date ?count ?typeLabel WHERE {
  <https://example.org/lr/id/event/%d> rdfs:label ?label ; lr:date ?date ; lr:count ?count ; lr:eventType ?type .
  ?type skos:prefLabel ?typeLabel .
}]]

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  events = tonumber(args[1]) or events
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  counter = math.random(0, events - 1)
end

function request()
  counter = (counter + 7919) % events
  local body = "query=" .. urlencode(string.format(template, counter))
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/sparql-results+json",
  }, body)
end
