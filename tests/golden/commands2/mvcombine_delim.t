# mvcombine delim=: accepted; the field stays multivalue
--- args
-o
json
--now
1700000000
--- query
| table host n | mvcombine delim="," host
--- input
{"host":"a","n":"1"}
{"host":"b","n":"1"}
{"host":"a","n":"1"}
--- expect
{"host":["a","b"],"n":"1"}
