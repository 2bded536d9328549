# SR:bin _time span=1h: each _time floored to the hour
--- args
-o
json
--now
1700000000
--- query
| makeresults count=4 | streamstats count AS i | eval _time=1700000000+i*1500 | bin _time span=1h | table i _time
--- expect
{"i":"1","_time":"2023-11-14T22:00:00.000+00:00"}
{"i":"2","_time":"2023-11-14T23:00:00.000+00:00"}
{"i":"3","_time":"2023-11-14T23:00:00.000+00:00"}
{"i":"4","_time":"2023-11-14T23:00:00.000+00:00"}
