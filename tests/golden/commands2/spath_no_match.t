# spath: a path that reaches nothing sets nothing; text that is not JSON is left alone
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval doc="{\"a\":1}", txt="not json" | spath input=doc path=b | spath input=txt | eval has_b=if(isnull(b),"no","yes") | table has_b
--- expect
{"has_b":"no"}
