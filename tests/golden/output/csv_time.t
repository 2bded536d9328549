# CSV renders _time as ISO 8601 (as JSON does); internal fields are left out.
--- args
-o
csv
--now
1700000000
--- query
| makeresults count=2 | eval _x=1, n=2
--- expect
_time,n
2023-11-14T22:13:20.000+00:00,2
2023-11-14T22:13:20.000+00:00,2
