# streamstats window=2 (global=true): the window counts all results; each
# group's statistics use its results inside it
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval g=if(i<=3,"a","b") | streamstats window=2 sum(i) AS s BY g | table i g s
--- expect
{"i":"1","g":"a","s":"1"}
{"i":"2","g":"a","s":"3"}
{"i":"3","g":"a","s":"5"}
{"i":"4","g":"b","s":"4"}
{"i":"5","g":"b","s":"9"}
{"i":"6","g":"b","s":"11"}
