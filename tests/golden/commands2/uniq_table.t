# uniq after table: field order does not matter
--- args
-o
json
--now
1700000000
--- query
| table x y | uniq
--- input
{"x":"1","y":"a"}
{"y":"a","x":"1"}
{"x":"1"}
--- expect
{"x":"1","y":"a"}
{"x":"1"}
