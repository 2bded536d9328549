# stdev/var are sample statistics, stdevp/varp population ones
--- query
| stats var(x) varp(x) stdev(x) stdevp(x)
--- input
{"x":"2"}
{"x":"4"}
{"x":"4"}
{"x":"4"}
{"x":"5"}
{"x":"5"}
{"x":"7"}
{"x":"9"}
--- expect
{"var(x)":"4.571428571428571","varp(x)":"4","stdev(x)":"2.138089935299395","stdevp(x)":"2"}
