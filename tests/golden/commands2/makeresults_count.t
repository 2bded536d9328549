# SR:makeresults: count=N results, all with the same _time
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00"}
{"_time":"2023-11-14T22:13:20.000+00:00"}
{"_time":"2023-11-14T22:13:20.000+00:00"}
