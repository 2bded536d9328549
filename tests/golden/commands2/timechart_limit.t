# §2.18: limit=N keeps the N values with the largest totals; the others fold into OTHER
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000, u=case(i<=3,"x",i<=5,"y",true(),"z") | timechart span=1h limit=2 count by u
--- expect
{"_time":"2023-11-14T22:00:00.000+00:00","x":"3","y":"2","OTHER":"1"}
