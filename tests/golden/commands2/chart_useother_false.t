# chart useother=false otherstr= (unused)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x="r", u=case(i<=3,"p",i<=5,"q",true(),"s") | chart limit=2 useother=f count over x by u
--- expect
{"x":"r","p":"3","q":"2"}
