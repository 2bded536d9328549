# reverse over generated results
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS n | reverse | table n
--- expect
{"n":"3"}
{"n":"2"}
{"n":"1"}
