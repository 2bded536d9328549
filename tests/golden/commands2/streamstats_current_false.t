# streamstats current=f: the results before this one; nothing before the first
--- args
-o
json
--now
1700000000
--- query
| makeresults count=4 | streamstats count AS i | streamstats current=f sum(i) AS before | table i before
--- expect
{"i":"1"}
{"i":"2","before":"1"}
{"i":"3","before":"3"}
{"i":"4","before":"6"}
