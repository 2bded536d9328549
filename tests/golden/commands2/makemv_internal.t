# makemv does not change internal fields
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _x="a b" | makemv _x | eval y=mvcount(_x) | table y
--- expect
{"y":"1"}
