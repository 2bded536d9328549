# timechart sep= changes the ': ' in the column names
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000+i*400, host=if(i%3=0,"b","a") | timechart span=1h sep=_ count max(i) by host
--- expect
{"_time":"2023-11-14T22:00:00.000+00:00","count_a":"4","count_b":"2","max(i)_a":"5","max(i)_b":"6"}
