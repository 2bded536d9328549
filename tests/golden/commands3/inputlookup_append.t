# inputlookup: append=true adds the table's rows after the current results
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | table code | inputlookup append=true status.csv
--- input
{"code":"999"}
--- expect
{"code":"999"}
{"code":"200","meaning":"OK"}
{"code":"404","meaning":"Not Found"}
