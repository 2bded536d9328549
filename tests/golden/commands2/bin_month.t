# bin span=1mon: the first of the month
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _time=1700000000 | bin _time span=1mon | table _time
--- expect
{"_time":"2023-11-01T00:00:00.000+00:00"}
