# chart limit=1: one column, the rest in OTHER
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x="r", u=case(i<=3,"p",i<=5,"q",true(),"s") | chart limit=1 count over x by u
--- expect
{"x":"r","p":"3","OTHER":"3"}
