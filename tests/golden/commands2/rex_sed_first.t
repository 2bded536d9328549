# rex mode=sed without g replaces the first match only
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="a.b.c" | rex field=s mode=sed "s/\./-/" | table s
--- expect
{"s":"a-b.c"}
