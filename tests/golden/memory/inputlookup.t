# inputlookup's table counts against the ceiling too.
--- args
--lookups
tests/data/lookups
-o
json
--max-memory
200
--- query
| inputlookup tools.csv
--- stderr
inputlookup: memory limit of 200 bytes exceeded (--max-memory)
--- exit
1
