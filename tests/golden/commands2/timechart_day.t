# timechart span=1d: buckets start at local midnight
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval _time=1700000000+i*50000 | timechart span=1d count
--- expect
{"_time":"2023-11-15T00:00:00.000+00:00","count":"1"}
{"_time":"2023-11-16T00:00:00.000+00:00","count":"2"}
