# bucket is an alias of bin
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _time=1700003599 | bucket _time span=30m | table _time
--- expect
{"_time":"2023-11-14T23:00:00.000+00:00"}
