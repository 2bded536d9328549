# xyseries with two data fields: columns <data>: <name>
--- args
-o
json
--now
1700000000
--- query
| xyseries day host n m
--- input
{"day":"mon","host":"a","n":"1","m":"9"}
{"day":"mon","host":"b","n":"2","m":"8"}
{"day":"tue","host":"a","n":"3"}
{"host":"c","n":"4"}
--- expect
{"day":"mon","n: a":"1","n: b":"2","m: a":"9","m: b":"8"}
{"day":"tue","n: a":"3"}
