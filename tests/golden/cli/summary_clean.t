# --summary: the data accounting even on a clean run (without it a clean
# run says nothing on stderr).
--- args
-o
json
--summary
--- query
| stats count
--- input
{"a":"1"}
{"a":"2"}
--- expect
{"count":"2"}
--- stderr
splq: read 2 events, skipped 0 lines
