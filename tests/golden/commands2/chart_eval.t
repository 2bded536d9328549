# chart with count(eval(...)) and AS
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval x=i%2, host=if(i%3=0,"b","a") | chart count(eval(i>2)) AS big by host
--- expect
{"host":"a","big":"2"}
{"host":"b","big":"2"}
