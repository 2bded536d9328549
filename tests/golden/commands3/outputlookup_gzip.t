# outputlookup: a .csv.gz name writes a gzip-compressed table
--- args
-o
json
--lookups
build
--- query
* | table user | outputlookup splq_golden.csv.gz | where 1=2 | inputlookup append=t splq_golden.csv.gz
--- input
{"user":"alice"}
--- expect
{"user":"alice"}
