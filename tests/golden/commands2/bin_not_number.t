# bin leaves a value that is not a number
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x="abc" | bin x span=10 | table x
--- expect
{"x":"abc"}
