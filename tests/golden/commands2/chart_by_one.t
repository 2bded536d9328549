# chart avg(i) by x: one row per value, like stats
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x=i%2, host=if(i%3=0,"b","a") | chart avg(i) by x
--- expect
{"x":"0","avg(i)":"4"}
{"x":"1","avg(i)":"3"}
