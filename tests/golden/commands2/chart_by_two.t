# chart count by x y: the same as over x by y
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x=i%2, host=if(i%3=0,"b","a") | chart count by x host
--- expect
{"x":"0","a":"2","b":"1"}
{"x":"1","a":"2","b":"1"}
