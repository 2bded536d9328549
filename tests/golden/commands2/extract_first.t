# extract: a key seen twice keeps its first value
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="a=1 a=2" | extract | table a
--- expect
{"a":"1"}
