# outputlookup: create_empty=true writes a zero-length file when there are no
# results; it reads back as an empty table
--- args
-o
json
--lookups
build
--- query
* | where 1=2 | outputlookup create_empty=true splq_golden_create_empty.csv | inputlookup append=t splq_golden_create_empty.csv | stats count
--- input
{"user":"alice"}
--- expect
{"count":"0"}
