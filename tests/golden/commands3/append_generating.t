# append: the subsearch may start with a generating command
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | table code | append [| inputlookup status.csv | table code]
--- input
{"code":"1"}
--- expect
{"code":"1"}
{"code":"200"}
{"code":"404"}
