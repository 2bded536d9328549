# inputlookup: a KV store collection reads as an empty table, with a warning
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup kv_baseline
--- stderr
lookup "kv_baseline" is the KV store collection "kv_baseline"; splq has no KV store, so it is an empty table
