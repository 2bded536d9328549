# bin start/end widen the range the span is chosen from
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval x=i | bin x bins=10 end=1000 | table x
--- expect
{"x":"0-100"}
{"x":"0-100"}
{"x":"0-100"}
