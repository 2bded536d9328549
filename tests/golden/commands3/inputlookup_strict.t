# inputlookup: strict= is accepted (splq always fails on a missing table)
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup strict=true status.csv | head 1
--- expect
{"code":"200","meaning":"OK"}
