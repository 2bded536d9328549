# extract clean_keys=false keeps keys as written
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="x.y=1" | extract clean_keys=false | table x.y
--- expect
{"x.y":"1"}
