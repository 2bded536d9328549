# The same stats within a larger ceiling runs; sizes take K, M, G units.
--- args
-o
json
--max-memory
16M
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | stats count by user | stats count
--- expect
{"count":"3000"}
