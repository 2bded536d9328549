# bin without span: bins=100 by default
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval x=i*370 | bin x | table x
--- expect
{"x":"370-380"}
{"x":"740-750"}
{"x":"1110-1120"}
