# outputlookup: max= writes at most that many rows
--- args
-o
json
--lookups
build
--- query
* | table user | outputlookup max=1 splq_golden_max.csv | where 1=2 | inputlookup append=t splq_golden_max.csv
--- input
{"user":"alice"}
{"user":"bob"}
--- expect
{"user":"alice"}
