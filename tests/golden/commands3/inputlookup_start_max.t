# inputlookup: start= is the 0-based first row, max= the number of rows read
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup start=1 max=2 user_info | table user
--- expect
{"user":"bob"}
{"user":"carol"}
