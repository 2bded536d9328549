# _time: a fraction of a second shows as milliseconds; once made a string
# (convert ctime, whose default format has no fraction) it is shown as that
# string.
--- args
--now
1700000000.25
--- query
| makeresults count=2 | streamstats count as i | eval _time=if(i==2, _time, _time + 0.5) | convert ctime(_time) AS shown | table i _time shown
--- expect
{"i":"1","_time":"2023-11-14T22:13:20.750+00:00","shown":"11/14/2023 22:13:20"}
{"i":"2","_time":"2023-11-14T22:13:20.250+00:00","shown":"11/14/2023 22:13:20"}
