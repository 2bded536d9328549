# SR:chart count over x by y: rows by x, columns by y
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x=i%2, host=if(i%3=0,"b","a") | chart count over x by host
--- expect
{"x":"0","a":"2","b":"1"}
{"x":"1","a":"2","b":"1"}
