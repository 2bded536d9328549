# sum/avg/range use the numeric values only; min/max are numeric when any
# value is numeric (the string "abc" is ignored: splq's documented choice);
# count(x) and dc(x) count every value
--- query
| stats sum(x) avg(x) mean(x) min(x) max(x) range(x) count(x) dc(x) sumsq(x)
--- input
{"x":"1"}
{"x":"2"}
{"x":"abc"}
{"x":"3"}
{"x":"4"}
{"x":"10"}
{"y":"1"}
--- expect
{"sum(x)":"20","avg(x)":"4","mean(x)":"4","min(x)":"1","max(x)":"10","range(x)":"9","count(x)":"6","dc(x)":"6","sumsq(x)":"130"}
