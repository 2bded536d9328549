# lookup: a table name alone is not enough
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info
--- input
{"user":"a"}
--- stderr
lookup: expected a lookup field to match after the table name
--- exit
1
