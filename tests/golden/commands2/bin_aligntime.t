# SR:bin aligntime: bins start from the given time (here 01:00 of the
# search day) instead of the epoch
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval _time=1700000000+i*3600 | bin _time span=2h aligntime=@d+1h | table i _time
--- expect
{"i":"1","_time":"2023-11-14T23:00:00.000+00:00"}
{"i":"2","_time":"2023-11-14T23:00:00.000+00:00"}
{"i":"3","_time":"2023-11-15T01:00:00.000+00:00"}
