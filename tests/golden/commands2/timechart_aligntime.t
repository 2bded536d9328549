# timechart aligntime: buckets start from the given time
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval _time=1700000000+i*3600 | timechart span=2h aligntime=@d+1h count
--- expect
{"_time":"2023-11-14T23:00:00.000+00:00","count":"2"}
{"_time":"2023-11-15T01:00:00.000+00:00","count":"1"}
