# outputlookup: a KV store collection cannot be written; a warning, and the
# results pass
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | table user | outputlookup kv_baseline
--- input
{"user":"alice"}
--- expect
{"user":"alice"}
--- stderr
outputlookup: "kv_baseline" is a KV store collection; splq has no KV store, so nothing was written
