# chart without a split: one row
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x=i%2, host=if(i%3=0,"b","a") | chart count max(i)
--- expect
{"count":"6","max(i)":"6"}
