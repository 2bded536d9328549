# bin _time bins=N: the smallest round time span giving fewer than N bins
# (here 3 hours over 10 bins: 30 minutes)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=4 | streamstats count AS i | eval _time=1700000000+(i-1)*3600 | bin _time bins=10 | table i _time
--- expect
{"i":"1","_time":"2023-11-14T22:00:00.000+00:00"}
{"i":"2","_time":"2023-11-14T23:00:00.000+00:00"}
{"i":"3","_time":"2023-11-15T00:00:00.000+00:00"}
{"i":"4","_time":"2023-11-15T01:00:00.000+00:00"}
