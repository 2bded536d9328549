# SR:streamstats window=N: the last N results (a moving average)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 | streamstats count AS i | streamstats window=3 avg(i) AS ma | table i ma
--- expect
{"i":"1","ma":"1"}
{"i":"2","ma":"1.5"}
{"i":"3","ma":"2"}
{"i":"4","ma":"3"}
{"i":"5","ma":"4"}
