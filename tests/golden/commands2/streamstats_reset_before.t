# streamstats reset_before: start over before a result where the expression holds
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 | streamstats count AS i | streamstats reset_before="(i=3)" sum(i) AS s | table i s
--- expect
{"i":"1","s":"1"}
{"i":"2","s":"3"}
{"i":"3","s":"3"}
{"i":"4","s":"7"}
{"i":"5","s":"12"}
