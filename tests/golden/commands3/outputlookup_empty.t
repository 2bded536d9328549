# outputlookup: with no results the file is deleted (override_if_empty=true),
# so reading it afterwards fails; create_empty=true would write an empty file
--- args
-o
json
--lookups
build
--- query
* | table user | outputlookup splq_golden_empty.csv | where 1=2 | outputlookup splq_golden_empty.csv | inputlookup append=t splq_golden_empty.csv
--- input
{"user":"alice"}
--- stderr
lookup table file "splq_golden_empty.csv" was not found
--- exit
1
