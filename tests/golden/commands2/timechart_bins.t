# timechart without span: the smallest round span giving fewer than bins buckets
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000+i*400, host=if(i%3=0,"b","a") | timechart bins=5 count
--- expect
{"_time":"2023-11-14T22:20:00.000+00:00","count":"2"}
{"_time":"2023-11-14T22:30:00.000+00:00","count":"1"}
{"_time":"2023-11-14T22:40:00.000+00:00","count":"2"}
{"_time":"2023-11-14T22:50:00.000+00:00","count":"1"}
