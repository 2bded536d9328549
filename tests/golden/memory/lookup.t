# A lookup table read into memory counts against the ceiling (here a tiny
# one: 200 bytes, which the table's cells and index exceed).
--- args
--lookups
tests/data/lookups
-o
json
--max-memory
200
--- query
| makeresults | eval process="psexec.exe" | lookup tools.csv process OUTPUT tool_name
--- stderr
lookup: memory limit of 200 bytes exceeded (--max-memory)
--- exit
1
