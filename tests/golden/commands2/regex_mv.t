# regex: a multivalue field matches when any value does
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval a=split("x,y1",",") | regex a="\d" | eval n=mvcount(a) | table n
--- expect
{"n":"2"}
