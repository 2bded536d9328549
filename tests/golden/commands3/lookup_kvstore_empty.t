# lookup: a KV store collection has no data in splq: an empty table, with a
# warning; OUTPUT then clears the output fields
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup kv_baseline user OUTPUT count | table user count
--- input
{"user":"a","count":"5"}
--- expect
{"user":"a"}
--- stderr
lookup "kv_baseline" is the KV store collection "kv_baseline"; splq has no KV store, so it is an empty table
