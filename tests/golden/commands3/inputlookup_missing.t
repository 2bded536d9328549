# inputlookup: a table file that does not exist is an error
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup no_such_table.csv
--- stderr
lookup table file "no_such_table.csv" was not found in the lookup directories
--- exit
1
