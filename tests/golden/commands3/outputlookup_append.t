# outputlookup: append=true adds rows to the file, keeping only the columns it
# already has (`extra` is dropped); a multivalue field is written as its
# values joined by spaces
--- args
-o
json
--lookups
build
--- query
* | eval groups='groups{}' | table user groups | outputlookup splq_golden_append.csv | eval user=upper(user), extra="x" | outputlookup append=true splq_golden_append.csv | where 1=2 | inputlookup append=t splq_golden_append.csv
--- input
{"user":"alice","groups":["a","b"]}
--- expect
{"user":"alice","groups":"a b"}
{"user":"ALICE","groups":"a b"}
