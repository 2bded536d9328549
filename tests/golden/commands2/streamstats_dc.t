# streamstats with dc and values: running distinct values
--- args
-o
json
--now
1700000000
--- query
| makeresults count=4 | streamstats count AS i | eval u=if(i%2=0,"a","b") | streamstats dc(u) AS d values(u) AS vs | table i d vs
--- expect
{"i":"1","d":"1","vs":"b"}
{"i":"2","d":"2","vs":["a","b"]}
{"i":"3","d":"2","vs":["a","b"]}
{"i":"4","d":"2","vs":["a","b"]}
