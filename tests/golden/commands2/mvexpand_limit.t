# mvexpand limit=N uses the first N values
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval a=split("x,y,z",",") | mvexpand a limit=2 | table a
--- expect
{"a":"x"}
{"a":"y"}
