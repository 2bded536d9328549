# str(): byte order even for numbers
--- query
| sort str(v) | table v
--- input
{"v":"9"}
{"v":"10"}
{"v":"100"}
{"v":"abc"}
{"v":"B"}
--- expect
{"v":"10"}
{"v":"100"}
{"v":"9"}
{"v":"B"}
{"v":"abc"}
