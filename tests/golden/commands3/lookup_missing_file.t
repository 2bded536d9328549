# lookup: a definition whose file is missing is an error naming both
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup missing_table user OUTPUT x
--- input
{"user":"a"}
--- stderr
lookup "missing_table": its file "no_such_file.csv" was not found
--- exit
1
