# rex default max_match=1: only the first match
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="a=1 a=2 a=3" | rex field=s "a=(?<v>\d)" | table v
--- expect
{"v":"1"}
