# mktime() with the default timeformat
--- query
| convert mktime(d) | table d
--- input
{"d":"11/14/2023 22:13:20"}
--- expect
{"d":"1700000000"}
