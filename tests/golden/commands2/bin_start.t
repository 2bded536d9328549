# bin start= widens the range downwards (the span grows to cover it)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval x=i*10+900 | bin x bins=10 start=0 | table x
--- expect
{"x":"900-1000"}
{"x":"900-1000"}
{"x":"900-1000"}
