# values(): distinct, in byte order, as strings; list(): every value in
# input order; dc(): distinct values as strings ("1" and "1.0" differ)
--- query
| stats values(x) list(x) dc(x) values(n) dc(n)
--- input
{"x":"b","n":"1"}
{"x":"a","n":"1.0"}
{"x":"B"}
{"x":"10","n":"1"}
{"x":"9"}
{"x":"a"}
--- expect
{"values(x)":["10","9","B","a","b"],"list(x)":["b","a","B","10","9","a"],"dc(x)":"5","values(n)":["1","1.0"],"dc(n)":"2"}
