# SR:makemv: delim default is one space; empty values are dropped
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x="a b  c" | makemv x | table x
--- expect
{"x":["a","b","c"]}
