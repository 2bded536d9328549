# search: > compares numerically when both sides are numbers, else
# lexicographically (bytes): "abc" > "9" because 'a' sorts after '9'
--- query
n>9 | table n
--- input
{"n":"10"}
{"n":"9"}
{"n":"8.5"}
{"n":"100"}
{"n":"abc"}
{"n":"-20"}
--- expect
{"n":"10"}
{"n":"100"}
{"n":"abc"}
