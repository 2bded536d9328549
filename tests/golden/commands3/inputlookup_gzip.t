# inputlookup: a .csv.gz table is read through gzip; a quoted cell may hold a
# line break
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup compressed.csv.gz
--- expect
{"a":"1","b":"2"}
{"a":"3","b":"multi\nline"}
