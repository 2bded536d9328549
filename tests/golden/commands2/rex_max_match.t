# SR:rex max_match=N: up to N matches; repeated matches give a multivalue
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="a=1 a=2 a=3" | rex field=s max_match=2 "a=(?<v>\d)" | table v
--- expect
{"v":["1","2"]}
