# SR:mvexpand: one result per value, other fields copied
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval a=split("x,y,z",","), b="k" | mvexpand a | table a b
--- expect
{"a":"x","b":"k"}
{"a":"y","b":"k"}
{"a":"z","b":"k"}
