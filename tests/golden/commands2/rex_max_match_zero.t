# rex max_match=0: no limit
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="a=1 a=2 a=3" | rex field=s max_match=0 "a=(?<v>\d)" | table v
--- expect
{"v":["1","2","3"]}
