# --now fixes the search time (now(), makeresults' _time, relative times).
--- args
--now
1700000000
--- query
| makeresults | eval now=now(), yesterday=relative_time(now(), "-1d@d")
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00","now":"1700000000","yesterday":"1699833600"}
