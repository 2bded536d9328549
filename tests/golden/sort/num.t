# num(): by the number a value starts with ("10k" as 10); values without a
# leading number after, by bytes
--- query
| sort num(v) | table v
--- input
{"v":"10k"}
{"v":"9k"}
{"v":"x"}
{"v":"100"}
{"v":"2.5 MB"}
--- expect
{"v":"2.5 MB"}
{"v":"9k"}
{"v":"10k"}
{"v":"100"}
{"v":"x"}
