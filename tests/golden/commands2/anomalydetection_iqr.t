# anomalydetection method=iqr action=remove: as outlier
--- args
-o
json
--now
1700000000
--- query
| makeresults count=10 | streamstats count AS i | eval v=case(i=10,500,i=1,-300,true(),i) | anomalydetection method=iqr action=remove v | stats count
--- expect
{"count":"9"}
