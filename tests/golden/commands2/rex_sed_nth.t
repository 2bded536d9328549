# rex mode=sed flag N replaces the N-th match
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="a.b.c.d" | rex field=s mode=sed "s/\./-/2" | table s
--- expect
{"s":"a.b-c.d"}
