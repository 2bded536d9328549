# SR:bin: a span of a day or more is aligned to local midnight (TZ=UTC here)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval _time=1700000000+i*43200 | bin _time span=1d | table i _time
--- expect
{"i":"1","_time":"2023-11-15T00:00:00.000+00:00"}
{"i":"2","_time":"2023-11-15T00:00:00.000+00:00"}
{"i":"3","_time":"2023-11-16T00:00:00.000+00:00"}
