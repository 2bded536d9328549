# strcat allrequired=t: a missing field leaves dest unset
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval a="x" | strcat allrequired=t a nosuch out | eval has=if(isnull(out),"no","yes") | table has
--- expect
{"has":"no"}
