# fromjson: a value that is not a JSON object is left alone
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval j="[1,2]", k="oops" | fromjson j | fromjson k | table j k
--- expect
{"j":"[1,2]","k":"oops"}
