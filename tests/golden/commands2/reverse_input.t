# reverse over input events
--- args
-o
json
--now
1700000000
--- query
| reverse | table x
--- input
{"x":"1"}
{"x":"2"}
{"x":"3"}
--- expect
{"x":"3"}
{"x":"2"}
{"x":"1"}
