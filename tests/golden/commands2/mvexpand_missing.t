# mvexpand: a result without the field passes unchanged
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval b="k" | mvexpand a | table b
--- expect
{"b":"k"}
