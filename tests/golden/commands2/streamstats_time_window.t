# streamstats time_window=<span>: results less than the span apart
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 | streamstats count AS i | eval _time=1700000000+i*1800 | streamstats time_window=1h count AS n | table i n
--- expect
{"i":"1","n":"1"}
{"i":"2","n":"2"}
{"i":"3","n":"2"}
{"i":"4","n":"2"}
{"i":"5","n":"2"}
