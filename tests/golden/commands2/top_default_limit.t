# top: 10 rows by default
--- args
-o
json
--now
1700000000
--- query
| makeresults count=12 | streamstats count AS i | top i | stats count
--- expect
{"count":"10"}
