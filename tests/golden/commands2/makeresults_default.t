# SR:makeresults: one result with only _time, the search time
--- args
-o
json
--now
1700000000
--- query
| makeresults
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00"}
