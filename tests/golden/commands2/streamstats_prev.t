# streamstats current=f window=1 last(x): the previous result's value
--- args
-o
json
--now
1700000000
--- query
| makeresults count=3 | streamstats count AS i | eval x=i*10 | streamstats current=f window=1 last(x) AS prev | table x prev
--- expect
{"x":"10"}
{"x":"20","prev":"10"}
{"x":"30","prev":"20"}
