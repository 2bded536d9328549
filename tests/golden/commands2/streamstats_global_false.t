# streamstats window=2 global=false: one window per group
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval g=i%2 | streamstats window=2 global=false sum(i) AS s BY g | table i g s
--- expect
{"i":"1","g":"1","s":"1"}
{"i":"2","g":"0","s":"2"}
{"i":"3","g":"1","s":"4"}
{"i":"4","g":"0","s":"6"}
{"i":"5","g":"1","s":"8"}
{"i":"6","g":"0","s":"10"}
