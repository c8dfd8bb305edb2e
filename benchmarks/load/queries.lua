-- Realistic search-box queries over the synthetic newsroom's vocabulary (src/Search.Synthetic):
-- countries, capitals, topic words, two-word and quoted phrase queries, a few misspellings.
-- Loaded by mix.lua, search.lua and soak.lua with dofile(); returns a table of raw query strings.
return {
  -- countries and places
  "China", "Russia", "Ukraine", "France", "Germany", "India", "Israel", "Iran", "Japan", "Brazil",
  "Mexico", "Syria", "Taiwan", "Pakistan", "Poland", "Egypt", "Nigeria", "Venezuela", "Kenya", "Philippines",
  "United States", "United Kingdom", "Beijing", "Moscow", "Kremlin",
  -- topic words
  "election", "trade", "energy", "wildfire", "earthquake", "football", "markets", "inflation",
  "tariff", "ceasefire", "vaccine", "outbreak", "drought", "heatwave", "refugee", "satellite",
  "interest rate", "oil price", "supply chain", "cyber attack", "artificial intelligence",
  -- two-word and entity + topic queries
  "China trade", "Russia sanctions", "Ukraine ceasefire", "India election", "Japan earthquake",
  "Brazil football", "Germany energy", "Mexico tariff", "Iran nuclear", "France inflation",
  "gold medal", "world record", "central bank", "gas pipeline", "death toll",
  -- phrases
  "\"snap election\"", "\"trade deal\"", "\"interest rates\"", "\"search for survivors\"",
  "\"state of emergency\"", "\"World Cup qualifier\"", "\"peace process\"",
  -- operators the lenient parser accepts
  "election -China", "wildfire OR drought", "markets recession risk",
  -- misspellings (typo fallback, "did you mean")
  "electon", "earthquak", "footbal", "inflaton", "Ukrane", "tarif",
}
