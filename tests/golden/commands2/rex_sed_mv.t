# rex mode=sed edits every value of a multivalue field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s=split("a1,b2",",") | rex field=s mode=sed "s/\d/#/" | table s
--- expect
{"s":["a#","b#"]}
