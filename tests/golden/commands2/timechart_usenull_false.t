# timechart usenull=false: results without the BY field are dropped
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval _time=1700000000, u=if(i=1,"x",null()) | timechart span=1h usenull=false count by u
--- expect
{"_time":"2023-11-14T22:00:00.000+00:00","x":"1"}
