# timechart with two aggregates and BY: columns named <agg>: <value>,
# grouped by aggregate
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000+i*400, host=if(i%3=0,"b","a") | timechart span=1h count max(i) AS top by host
--- expect
{"_time":"2023-11-14T22:00:00.000+00:00","count: a":"4","count: b":"2","top: a":"5","top: b":"6"}
