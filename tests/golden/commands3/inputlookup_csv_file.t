# inputlookup: a .csv file of a lookup directory, by its file name
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup status.csv
--- expect
{"code":"200","meaning":"OK"}
{"code":"404","meaning":"Not Found"}
