# streamstats reset_after sees the new statistics
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 | streamstats count AS i | streamstats reset_after="(c>=2)" count AS c | table i c
--- expect
{"i":"1","c":"1"}
{"i":"2","c":"2"}
{"i":"3","c":"1"}
{"i":"4","c":"2"}
{"i":"5","c":"1"}
