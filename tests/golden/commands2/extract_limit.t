# extract limit=N: at most N pairs
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="a=1 b=2 c=3" | extract limit=2 | table a b c
--- expect
{"a":"1","b":"2"}
