# ctime() with the default timeformat %m/%d/%Y %H:%M:%S; a value that is not
# a number is left as it is
--- query
| convert ctime(t) | table t
--- input
{"t":"1700000000"}
{"t":"0"}
{"t":"1700000000.75"}
{"t":"soon"}
--- expect
{"t":"11/14/2023 22:13:20"}
{"t":"01/01/1970 00:00:00"}
{"t":"11/14/2023 22:13:20"}
{"t":"soon"}
