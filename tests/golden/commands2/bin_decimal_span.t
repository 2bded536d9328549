# bin with a decimal span
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x=2.3 | bin x span=0.5 | table x
--- expect
{"x":"2-2.5"}
