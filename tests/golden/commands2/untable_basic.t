# SR:untable: the inverse of xyseries
--- args
-o
json
--now
1700000000
--- query
| table day a b | untable day host n
--- input
{"day":"mon","a":"1","b":"2"}
{"day":"tue","a":"3"}
--- expect
{"day":"mon","host":"a","n":"1"}
{"day":"mon","host":"b","n":"2"}
{"day":"tue","host":"a","n":"3"}
