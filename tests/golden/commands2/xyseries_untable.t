# untable then xyseries gives the table back
--- args
-o
json
--now
1700000000
--- query
| table day a b | untable day host n | xyseries day host n
--- input
{"day":"mon","a":"1","b":"2"}
{"day":"tue","a":"3"}
--- expect
{"day":"mon","a":"1","b":"2"}
{"day":"tue","a":"3"}
