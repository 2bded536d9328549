# lookup() on a table that does not exist fails the query, pointing at the call
--- args
-o
json
--lookups
tests/data/lookups
--- query
| makeresults | eval l=lookup("nosuch.csv", json_object("a",1))
--- stderr
lookup table file "nosuch.csv" was not found in the lookup directories
--- exit
1
