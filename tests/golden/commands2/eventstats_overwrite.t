# eventstats writes over an existing field of the same name
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | eval n=1 | eventstats sum(n) AS n | table n
--- expect
{"n":"3"}
{"n":"3"}
{"n":"3"}
