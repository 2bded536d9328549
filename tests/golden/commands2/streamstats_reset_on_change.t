# SR:streamstats reset_on_change=true: start over when the BY values change
--- args
-o
json
--now
1700000000
--- query
| makeresults count=6 | streamstats count AS i | eval g=case(i<=2,"a",i<=4,"b",true(),"a") | streamstats reset_on_change=true count AS run BY g | table i g run
--- expect
{"i":"1","g":"a","run":"1"}
{"i":"2","g":"a","run":"2"}
{"i":"3","g":"b","run":"1"}
{"i":"4","g":"b","run":"2"}
{"i":"5","g":"a","run":"1"}
{"i":"6","g":"a","run":"2"}
