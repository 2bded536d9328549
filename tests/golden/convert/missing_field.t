# A missing field stays missing (AS creates nothing)
--- query
| convert ctime(t) AS s | table a s
--- input
{"a":"1"}
--- expect
{"a":"1"}
