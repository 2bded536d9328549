# convert ctime(_time) makes _time a string, shown as written
--- query
| eval _time=1700000000 | convert timeformat="%Y-%m-%d %H:%M" ctime(_time) | table _time
--- input
{"a":"1"}
--- expect
{"_time":"2023-11-14 22:13"}
