# inputlookup: max= counts rows read from the table, before WHERE
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup max=2 status.csv where code>300
--- expect
{"code":"404","meaning":"Not Found"}
