# uniq drops a result identical (every field, _raw included) to the one just
# before it; the last event's _raw differs (key order), so it stays
--- args
-o
json
--now
1700000000
--- query
| uniq | table x y
--- input
{"x":"1","y":"a"}
{"x":"1","y":"a"}
{"x":"2","y":"a"}
{"x":"1","y":"a"}
{"y":"a","x":"1"}
--- expect
{"x":"1","y":"a"}
{"x":"2","y":"a"}
{"x":"1","y":"a"}
{"x":"1","y":"a"}
