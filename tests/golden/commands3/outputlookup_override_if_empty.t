# outputlookup: override_if_empty=false keeps the existing file when there
# are no results
--- args
-o
json
--lookups
build
--- query
* | table user | outputlookup splq_golden_keep.csv | where 1=2 | outputlookup override_if_empty=false splq_golden_keep.csv | inputlookup append=t splq_golden_keep.csv
--- input
{"user":"alice"}
--- expect
{"user":"alice"}
