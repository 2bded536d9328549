# anomalydetection method=zscore: two-sided normal tail probability of each value's z-score
--- args
-o
json
--now
1700000000
--- query
| makeresults count=10 | streamstats count AS i | eval v=case(i=10,500,i=1,-300,true(),i) | anomalydetection method=zscore v | table i v
--- expect
{"i":"10","v":"500"}
