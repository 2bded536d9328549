# memk(): a number with an optional k, m or g to kilobytes (no unit: k)
--- query
| convert memk(v) | table v
--- input
{"v":"10"}
{"v":"2m"}
{"v":"1.5G"}
{"v":"3k"}
{"v":"5x"}
--- expect
{"v":"10"}
{"v":"2048"}
{"v":"1572864"}
{"v":"3"}
{"v":"5x"}
