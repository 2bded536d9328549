# bin bins=N without span: the smallest power of ten giving at most N bins
# over the range (range/bins rounded up to a power of ten)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 | streamstats count AS i | eval x=i*7 | bin x bins=4 | table x
--- expect
{"x":"0-10"}
{"x":"10-20"}
{"x":"20-30"}
{"x":"20-30"}
{"x":"30-40"}
