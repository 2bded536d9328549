# union: an inputlookup:<table> dataset; datasets may be separated by commas
--- args
-o
json
--lookups
tests/data/lookups
--- query
| union inputlookup:status.csv, [search user=bob | table user]
--- input
{"user":"bob"}
--- expect
{"code":"200","meaning":"OK"}
{"code":"404","meaning":"Not Found"}
{"user":"bob"}
