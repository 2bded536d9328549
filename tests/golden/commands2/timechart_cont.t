# §2.18: cont=true (default) adds the empty buckets between first and last;
# avg of an empty bucket is empty, count 0
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000+i*400, host=if(i%3=0,"b","a") | timechart span=5m count avg(i)
--- expect
{"_time":"2023-11-14T22:20:00.000+00:00","count":"1","avg(i)":"1"}
{"_time":"2023-11-14T22:25:00.000+00:00","count":"1","avg(i)":"2"}
{"_time":"2023-11-14T22:30:00.000+00:00","count":"1","avg(i)":"3"}
{"_time":"2023-11-14T22:35:00.000+00:00","count":"0"}
{"_time":"2023-11-14T22:40:00.000+00:00","count":"1","avg(i)":"4"}
{"_time":"2023-11-14T22:45:00.000+00:00","count":"1","avg(i)":"5"}
{"_time":"2023-11-14T22:50:00.000+00:00","count":"1","avg(i)":"6"}
