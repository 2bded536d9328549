# kv is an alias of extract
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="k=v" | kv | table k
--- expect
{"k":"v"}
