# extract mv_add=true: a key seen twice gives a multivalue (else the first value stays)
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="a=1 a=2 b=3 b=4" | extract mv_add=true | eval b_first=b | table a b
--- expect
{"a":["1","2"],"b":["3","4"]}
