# SR:xyseries x y data: rows by x, columns named by y's values
--- args
-o
json
--now
1700000000
--- query
| xyseries day host n
--- input
{"day":"mon","host":"a","n":"1","m":"9"}
{"day":"mon","host":"b","n":"2","m":"8"}
{"day":"tue","host":"a","n":"3"}
{"host":"c","n":"4"}
--- expect
{"day":"mon","a":"1","b":"2"}
{"day":"tue","a":"3"}
