# makemv allowempty=true keeps empty values
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x="a,,b" | makemv delim="," allowempty=true x | table x
--- expect
{"x":["a","","b"]}
