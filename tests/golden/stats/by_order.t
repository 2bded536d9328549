# Rows are ordered by the BY values: numbers numerically, before strings;
# strings by bytes (upper case before lower case).  Events without the BY
# field are dropped.
--- query
| stats count BY h
--- input
{"h":"b"}
{"h":"a"}
{"h":"10"}
{"h":"9"}
{"h":"b"}
{"x":"no h"}
{"h":"B"}
{"h":100}
--- expect
{"h":"9","count":"1"}
{"h":"10","count":"1"}
{"h":"100","count":"1"}
{"h":"B","count":"1"}
{"h":"a","count":"1"}
{"h":"b","count":"2"}
