# timechart dc by with OTHER (results held to fold distinct counts)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval _time=1700000000, u=case(i<=3,"x",i<=5,"y",true(),"z"), v=i%2 | timechart span=1h limit=1 dc(v) by u
--- expect
{"_time":"2023-11-14T22:00:00.000+00:00","x":"2","OTHER":"2"}
