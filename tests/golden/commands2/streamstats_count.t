# §2.16: | makeresults count=5 | streamstats count gives 1..5
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 | streamstats count | table count
--- expect
{"count":"1"}
{"count":"2"}
{"count":"3"}
{"count":"4"}
{"count":"5"}
