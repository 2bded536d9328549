# outputlookup: the results go on unchanged
--- args
-o
json
--lookups
build
--- query
* | table user | outputlookup splq_golden_passes.csv
--- input
{"user":"alice"}
{"user":"bob"}
--- expect
{"user":"alice"}
{"user":"bob"}
