# SR:timechart count by host: one row per bucket, one column per value;
# empty cells of count are 0
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000+i*400, host=if(i%3=0,"b","a") | timechart span=10m count by host
--- expect
{"_time":"2023-11-14T22:20:00.000+00:00","a":"2","b":"0"}
{"_time":"2023-11-14T22:30:00.000+00:00","a":"0","b":"1"}
{"_time":"2023-11-14T22:40:00.000+00:00","a":"2","b":"0"}
{"_time":"2023-11-14T22:50:00.000+00:00","a":"0","b":"1"}
